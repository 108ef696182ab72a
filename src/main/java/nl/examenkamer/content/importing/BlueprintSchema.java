package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code blueprints/*.yaml}: the toetsmatrijs of the written exam for one title: how many items
 * per theme and legal domain, the duration and the cut-score method.
 */
final class BlueprintSchema {

    private BlueprintSchema() {}

    static Documents.Blueprint read(ContentFile file, YamlMap yaml) {
        yaml.allowOnly(
                "id",
                "name",
                "scheme",
                "title",
                "items",
                "durationMinutes",
                "cutScore",
                "alternativeCutScoreMethod",
                "cells");
        String code = Ids.matchingFileName(file, yaml);
        Integer items = yaml.integer("items", true, 1, 500);
        List<Documents.BlueprintCell> cells = new ArrayList<>();
        int total = 0;
        for (YamlMap cell : yaml.maps("cells", true)) {
            cell.allowOnly("theme", "legalDomain", "items");
            Integer count = cell.integer("items", true, 1, 500);
            total += count == null ? 0 : count;
            cells.add(new Documents.BlueprintCell(
                    cell.textAt("theme", true),
                    cell.textAt("legalDomain", true),
                    count == null ? 0 : count,
                    cell.line()));
        }
        if (items != null && !cells.isEmpty() && total != items) {
            yaml.problem("cells", "cellsCount", total, items);
        }
        SchemeSchema.CutScore cut = SchemeSchema.CutScore.read(yaml.map("cutScore", true));
        return new Documents.Blueprint(
                file.path(),
                code,
                yaml.text("name", true),
                yaml.textAt("scheme", true),
                yaml.textAt("title", true),
                items == null ? 0 : items,
                SchemeSchema.orZero(yaml.integer("durationMinutes", true, 1, 600)),
                cut.method(),
                cut.percentage(),
                yaml.choice("alternativeCutScoreMethod", false, nl.examenkamer.content.CutScoreMethod.class),
                cells);
    }
}
