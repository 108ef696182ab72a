package nl.examenkamer.shared;

import java.util.List;
import java.util.Locale;

/**
 * Every field of one request that could not be read, each with the message key and arguments that
 * say why: the caller learns of all of them in one answer instead of one per attempt. With one
 * field it reads as that field's own violation (same key, same message).
 */
public final class InvalidFields extends RuleViolation {

    /** One field that is wrong; the message's first argument is usually the field's name. */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public String text(Locale locale) {
            return Messages.text(locale, messageKey, arguments.toArray());
        }
    }

    private final transient List<Problem> problems;

    public InvalidFields(List<Problem> problems) {
        super(Kind.INVALID, keyOf(problems), argumentsOf(problems));
        this.problems = List.copyOf(problems);
    }

    private static String keyOf(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no field is wrong");
        }
        return problems.size() == 1 ? problems.get(0).messageKey() : "field.severalInvalid";
    }

    private static Object[] argumentsOf(List<Problem> problems) {
        return problems.size() == 1 ? problems.get(0).arguments().toArray() : new Object[] {problems.size()};
    }

    public List<Problem> problems() {
        return problems;
    }
}
