package nl.examenkamer.curriculum;

import java.util.List;

/** One page of attendance records, and how many there are in all. */
public record RecordPage(long total, List<RecordView> records) {}
