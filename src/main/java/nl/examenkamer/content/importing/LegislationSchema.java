package nl.examenkamer.content.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code legislation/*.yaml}: the register of legal sources, one file per act (or per kind of
 * source: rulings, guidelines). Every source has the date its current text took effect, which
 * drives the "needs review" flag of items that cite it.
 */
final class LegislationSchema {

    /** In alphabetical order, as a problem lists them. */
    static final List<String> KINDS = List.of("act", "article", "guideline", "regulation", "ruling");

    private LegislationSchema() {}

    static Documents.Legislation read(ContentFile file, YamlMap yaml) {
        yaml.allowOnly("act", "abbreviation", "checkedOn", "sources");
        String abbreviation = yaml.text("abbreviation", true);
        if (abbreviation != null && !abbreviation.equals(file.baseName())) {
            yaml.problem("abbreviation", "idNotFileName", abbreviation, file.baseName());
        }
        LocalDate checkedOn = yaml.date("checkedOn", true);
        List<Documents.LegalSource> sources = new ArrayList<>();
        for (YamlMap source : yaml.maps("sources", true)) {
            source.allowOnly("id", "kind", "citation", "title", "effectiveFrom", "url", "note");
            String kind = source.text("kind", true);
            if (kind != null && !KINDS.contains(kind)) {
                source.problem("kind", "notOneOf", kind, String.join(", ", KINDS));
            }
            String url = source.text("url", false);
            if (url != null && !url.startsWith("https://")) {
                source.problem("url", "notHttps");
            }
            LocalDate effectiveFrom = source.date("effectiveFrom", true);
            sources.add(new Documents.LegalSource(
                    source.text("id", true),
                    kind,
                    source.text("citation", true),
                    source.text("title", true),
                    effectiveFrom,
                    url,
                    source.text("note", false),
                    source.line()));
        }
        return new Documents.Legislation(file.path(), yaml.text("act", true), abbreviation, checkedOn, sources);
    }
}
