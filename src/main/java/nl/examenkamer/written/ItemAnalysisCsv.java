package nl.examenkamer.written;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.SpreadsheetCsv;

/**
 * A session's item analysis as a CSV file ({@link SpreadsheetCsv}) for the board's records and for a
 * closer look in a spreadsheet: a line per item version, figures with a decimal point and three
 * decimals (empty where there is none), and per option label that occurs how many chose it and the
 * Rir of choosing it.
 */
public final class ItemAnalysisCsv {

    private final Locale locale;

    public ItemAnalysisCsv(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    public List<String> header(SessionItemAnalysis analysis) {
        List<String> header = new ArrayList<>(List.of(
                text("analysis.export.item"),
                text("analysis.export.version"),
                text("analysis.export.theme"),
                text("analysis.export.candidates"),
                text("analysis.column.p"),
                text("analysis.column.rit"),
                text("analysis.column.rir"),
                text("analysis.export.unanswered"),
                text("analysis.export.key")));
        for (String label : labels(analysis)) {
            header.add(text("analysis.export.chosen", label));
            header.add(text("analysis.export.optionRir", label));
        }
        header.add(text("analysis.export.flags"));
        header.add(text("analysis.export.neutralisation"));
        return header;
    }

    public byte[] csv(SessionItemAnalysis analysis) {
        List<String> labels = labels(analysis);
        List<List<String>> lines = new ArrayList<>(analysis.items().size());
        for (SessionItemAnalysis.Row row : analysis.items()) {
            ItemAnalysis.ItemStats stats = row.stats();
            List<String> values = new ArrayList<>(List.of(
                    row.itemCode(),
                    String.valueOf(row.versionNo()),
                    row.themeName(),
                    String.valueOf(stats.candidates()),
                    figure(stats.p()),
                    figure(stats.rit()),
                    figure(stats.rir()),
                    String.valueOf(stats.unanswered()),
                    stats.options().stream()
                            .filter(ItemAnalysis.OptionStats::key)
                            .map(ItemAnalysis.OptionStats::label)
                            .collect(Collectors.joining(","))));
            for (String label : labels) {
                ItemAnalysis.OptionStats option = stats.options().stream()
                        .filter(candidate -> candidate.label().equals(label))
                        .findFirst()
                        .orElse(null);
                values.add(option == null ? "" : String.valueOf(option.chosen()));
                values.add(option == null ? "" : figure(option.rir()));
            }
            values.add(stats.flags().stream()
                    .map(flag -> text("analysis.flag." + flag.name()))
                    .collect(Collectors.joining("; ")));
            values.add(
                    row.neutralised() == null
                            ? ""
                            : text("neutralisation.mode." + row.neutralised().name()));
            lines.add(values);
        }
        return SpreadsheetCsv.of(header(analysis), lines);
    }

    /** Every option label of the analysed items, in order: most items have A to D, some more. */
    private static List<String> labels(SessionItemAnalysis analysis) {
        return List.copyOf(analysis.items().stream()
                .flatMap(row -> row.stats().options().stream())
                .map(ItemAnalysis.OptionStats::label)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static String figure(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
