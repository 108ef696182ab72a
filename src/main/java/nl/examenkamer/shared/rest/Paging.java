package nl.examenkamer.shared.rest;

import jakarta.ws.rs.BadRequestException;

/**
 * A page of a list asked for through query parameters {@code first} and {@code size}. Checked here
 * rather than with {@code @Min}/{@code @Max} on the parameters: Payara's OpenAPI generator fails
 * on Bean Validation annotations on query parameters.
 */
public record Paging(int first, int size) {

    public static Paging of(int first, int size, int maxSize) {
        if (first < 0) {
            throw new BadRequestException("first: must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new BadRequestException("size: must be between 1 and " + maxSize);
        }
        return new Paging(first, size);
    }
}
