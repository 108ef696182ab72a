package nl.examenkamer.curriculum;

import java.io.Serializable;

/** What storing a batch of attendance did: new records, and rows that were already there. */
public record BatchResult(int added, int alreadyRecorded) implements Serializable {}
