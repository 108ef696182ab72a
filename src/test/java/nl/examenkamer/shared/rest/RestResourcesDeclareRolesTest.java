package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint says who may call it. Jersey enforces {@code @RolesAllowed}; an endpoint
 * without any declaration would be open to every logged-in user, so this test fails the build
 * instead. {@code @PermitAll} is allowed only under {@code /api/v1/public} and on the exam page's
 * attempt endpoints, which check the attempt's own token (WrittenExamIT shows they refuse without it).
 */
class RestResourcesDeclareRolesTest {

    private final List<Class<?>> resources = SourceTree.classes(name -> name.startsWith("nl.examenkamer.")).stream()
            .filter(type -> type.isAnnotationPresent(Path.class))
            .toList();

    @Test
    void thereAreResourcesToCheck() {
        assertFalse(resources.isEmpty());
    }

    @Test
    void everyEndpointDeclaresItsRoles() {
        List<String> undeclared = new ArrayList<>();
        List<String> wronglyPublic = new ArrayList<>();
        for (Class<?> resource : resources) {
            boolean publicResource = resource.getAnnotation(Path.class)
                    .value()
                    .replaceFirst("^/", "")
                    .matches("(public|attempts)(/.*)?");
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                boolean declared = declares(method) || declares(resource);
                if (!declared) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
                boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                        || (!declares(method) && resource.isAnnotationPresent(PermitAll.class));
                if (permitAll && !publicResource) {
                    wronglyPublic.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "endpoints without @RolesAllowed/@PermitAll/@DenyAll: " + undeclared);
        assertTrue(wronglyPublic.isEmpty(), "@PermitAll outside /api/v1/public: " + wronglyPublic);
    }

    @Test
    void theOpenApiDescriptionCoversEveryResourcePackage() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> scanned = Arrays.stream(
                        config.getProperty("mp.openapi.scan.packages", "").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        Set<String> missing = resources.stream()
                .map(type -> type.getPackageName())
                .filter(pkg -> !scanned.contains(pkg))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "add these packages to mp.openapi.scan.packages: " + missing);
    }

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class)
                || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class)
                || method.isAnnotationPresent(Path.class);
    }

    private static boolean declares(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
