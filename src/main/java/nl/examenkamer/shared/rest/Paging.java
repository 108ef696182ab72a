package nl.examenkamer.shared.rest;

import nl.examenkamer.shared.RuleViolation;

/**
 * A page of a list asked for through query parameters {@code first} and {@code size}. Checked here
 * rather than with {@code @Min}/{@code @Max} on the parameters: Payara's OpenAPI generator fails
 * on Bean Validation annotations on query parameters.
 */
public record Paging(int first, int size) {

    public static Paging of(int first, int size, int maxSize) {
        if (first < 0) {
            throw RuleViolation.badRequest("paging.first", first);
        }
        if (size < 1 || size > maxSize) {
            throw RuleViolation.badRequest("paging.size", size, maxSize);
        }
        return new Paging(first, size);
    }
}
