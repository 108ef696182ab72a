package nl.examenkamer.oral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A date on which the board holds oral exams, with whether the examiner answered for it and the parts
 * of it they said they can examine. An examiner is asked for dates, not for locations: days at two
 * locations on one date are one line. Answered without parts means not available.
 */
public record ExamDayAnswer(LocalDate date, List<String> locations, boolean answered, List<DayPart> available) {

    /** A day the board opened: its date and where. */
    public record Opened(LocalDate date, String location) {}

    public ExamDayAnswer {
        locations = List.copyOf(locations);
        available = List.copyOf(available);
    }

    /** One answer per date of the days opened, in date order, each with the examiner's parts of that date. */
    public static List<ExamDayAnswer> of(
            Collection<Opened> days, Collection<Availability> declared, Collection<AnsweredPeriod> answered) {
        Map<LocalDate, TreeSet<String>> locations = days.stream()
                .collect(Collectors.groupingBy(
                        Opened::date,
                        TreeMap::new,
                        Collectors.mapping(Opened::location, Collectors.toCollection(TreeSet::new))));
        Map<LocalDate, TreeSet<DayPart>> parts = declared.stream()
                .collect(Collectors.groupingBy(
                        Availability::day,
                        Collectors.mapping(Availability::part, Collectors.toCollection(TreeSet::new))));
        return locations.entrySet().stream()
                .map(date -> new ExamDayAnswer(
                        date.getKey(),
                        List.copyOf(date.getValue()),
                        AnsweredPeriod.anyCovers(answered, date.getKey()),
                        List.copyOf(parts.getOrDefault(date.getKey(), new TreeSet<>()))))
                .toList();
    }
}
