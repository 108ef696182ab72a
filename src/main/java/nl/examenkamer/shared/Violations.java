package nl.examenkamer.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Locale;

/**
 * Turns Bean Validation violations into text for people. Message templates in this code base are
 * keys of the message bundle ({@code "{account.username.pattern}"}), resolved in the reader's
 * language; any other template keeps the validator's own message.
 */
public final class Violations {

    private Violations() {}

    public static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String text = Messages.text(
                    locale,
                    key,
                    violation.getConstraintDescriptor().getAttributes().get("max"));
            if (!text.equals(key)) {
                return text;
            }
        }
        return violation.getMessage();
    }

    /**
     * The field a violation is about, as the caller knows it: the last name on its path
     * ({@code create.request.username} → {@code username}, {@code resetPassword.reason} →
     * {@code reason}).
     */
    public static String field(ConstraintViolation<?> violation) {
        String last = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD && node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }
}
