package nl.examenkamer.curriculum;

import java.io.Serializable;

/** A candidate in the admission list, with their whole status. */
public record AdmissionRow(String candidateNumber, String fullName, AdmissionStatus status) implements Serializable {}
