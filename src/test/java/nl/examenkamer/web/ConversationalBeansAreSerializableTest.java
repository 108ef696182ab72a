package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * Session and view state travels between instances through the data grid ({@code <distributable/>}),
 * so every session- or view-scoped bean must serialise whole. Injected fields must be normal-scoped
 * beans (their client proxies serialise) and must not be transient (they would be null after a
 * fail-over); every other field must hold serialisable values.
 */
class ConversationalBeansAreSerializableTest {

    private final List<Class<?>> beans = SourceTree.classes(name -> name.startsWith("nl.examenkamer.")).stream()
            .filter(type -> type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class))
            .toList();

    @Test
    void thereAreSuchBeans() {
        assertFalse(beans.isEmpty());
    }

    @Test
    void everyFieldSurvivesSerialisation() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getSimpleName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    if (Modifier.isTransient(field.getModifiers())) {
                        problems.add(name + " is injected but transient: null after a fail-over");
                    }
                    if (!isNormalScoped(field.getType())) {
                        problems.add(name + " injects " + field.getType().getSimpleName()
                                + ", which has no serialisable proxy");
                    }
                } else if (!Modifier.isTransient(field.getModifiers()) && !serialisable(field.getGenericType())) {
                    problems.add(name + " of type " + field.getGenericType().getTypeName() + " does not serialise");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(ViewScoped.class);
    }

    private static boolean serialisable(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() || raw.isEnum() || Serializable.class.isAssignableFrom(raw);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            if (!container && !Serializable.class.isAssignableFrom(raw)) {
                return false;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (!serialisable(argument)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
