package nl.examenkamer.identity;

import java.io.Serializable;

/**
 * A temporary password, shown once to the board member who created or reset the account and never
 * stored in readable form. The user must replace it at the first log-in.
 */
public record IssuedPassword(String username, String temporaryPassword) implements Serializable {}
