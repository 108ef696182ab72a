package nl.examenkamer.shared;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain, with the message key and arguments that explain it
 * in the user's language. Pages show it as a message; the REST API turns it into a problem
 * document with the status of its {@link Kind}.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {
        /** The request itself cannot be read as asked: a missing body, a parameter out of range (400). */
        BAD_REQUEST(400),
        /** The input is well-formed but not acceptable (422). */
        INVALID(422),
        /** The input clashes with what is stored, such as a duplicate key (409). */
        CONFLICT(409),
        /** The thing asked for does not exist, or the caller may not know it exists (404). */
        NOT_FOUND(404),
        /** The caller may not do this (403). */
        FORBIDDEN(403),
        /** The change was made to a version of the thing that is no longer the stored one (412). */
        CHANGED_MEANWHILE(412);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static RuleViolation badRequest(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.BAD_REQUEST, messageKey, arguments);
    }

    public static RuleViolation invalid(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.INVALID, messageKey, arguments);
    }

    public static RuleViolation conflict(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.CONFLICT, messageKey, arguments);
    }

    public static RuleViolation changedMeanwhile(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.CHANGED_MEANWHILE, messageKey, arguments);
    }

    public static RuleViolation notFound(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static RuleViolation forbidden(String messageKey, Object... arguments) {
        return new RuleViolation(Kind.FORBIDDEN, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
