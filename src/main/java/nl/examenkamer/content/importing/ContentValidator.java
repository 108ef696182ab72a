package nl.examenkamer.content.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.examenkamer.content.CompetenceScope;
import nl.examenkamer.content.ItemStatus;

/**
 * Checks what no single file can check on its own: ids are unique, every reference points at
 * something that exists, and every blueprint cell can be filled from active items for its title.
 */
public final class ContentValidator {

    private ContentValidator() {}

    public static void validate(ContentSet content, ContentProblems problems) {
        unique(content.items(), Documents.Item::code, Documents.Item::file, "id", problems);
        unique(content.competences(), Documents.Competence::code, Documents.Competence::file, "id", problems);
        unique(content.themes(), Documents.Theme::code, Documents.Theme::file, "id", problems);
        unique(content.blueprints(), Documents.Blueprint::code, Documents.Blueprint::file, "id", problems);
        unique(
                content.schemes(),
                Documents.CertificationScheme::code,
                Documents.CertificationScheme::file,
                "id",
                problems);
        unique(content.ratingScales(), Documents.RatingScale::code, Documents.RatingScale::file, "id", problems);
        uniqueLegalSources(content, problems);
        uniqueLearningOutcomes(content, problems);

        if (content.schemes().isEmpty()) {
            problems.add("schemes/", 0, "(files)", "noCertificationScheme");
            return;
        }
        Set<String> titles = new LinkedHashSet<>();
        Set<String> domains = new HashSet<>();
        content.schemes().forEach(scheme -> {
            scheme.titles().forEach(title -> titles.add(title.code()));
            scheme.legalDomains().forEach(domain -> domains.add(domain.code()));
        });
        Set<String> themes =
                content.themes().stream().map(Documents.Theme::code).collect(Collectors.toSet());
        Set<String> sources =
                content.legalSources().stream().map(Documents.LegalSource::code).collect(Collectors.toSet());
        Set<String> scales =
                content.ratingScales().stream().map(Documents.RatingScale::code).collect(Collectors.toSet());
        Map<String, Documents.CertificationScheme> schemes = content.schemes().stream()
                .filter(scheme -> scheme.code() != null)
                .collect(Collectors.toMap(Documents.CertificationScheme::code, Function.identity(), (a, b) -> a));

        for (Documents.CertificationScheme scheme : content.schemes()) {
            if (scheme.admission() != null) {
                reference(scheme.file(), "admission.themes", scheme.admission().themes(), themes, "theme", problems);
            }
            if (scheme.oral() != null && scheme.oral().ratingScale() != null) {
                reference(
                        scheme.file(),
                        "oralExam.ratingScale",
                        List.of(scheme.oral().ratingScale()),
                        scales,
                        "ratingScale",
                        problems);
            }
        }
        for (Documents.Competence competence : content.competences()) {
            Documents.CertificationScheme scheme = schemeOf(competence.file(), competence.scheme(), schemes, problems);
            Set<String> schemeTitles = scheme == null ? titles : titleCodes(scheme);
            reference(competence.file(), "titles", competence.titles(), schemeTitles, "title", problems);
            Set<String> listed = competence.titles().stream().map(At::value).collect(Collectors.toSet());
            if (competence.scope() == CompetenceScope.CORE && !listed.containsAll(schemeTitles)) {
                problems.add(
                        competence.file(),
                        competence.titles().isEmpty()
                                ? 0
                                : competence.titles().get(0).line(),
                        "titles",
                        "coreForEveryTitle",
                        schemeTitles);
            }
        }
        for (Documents.Theme theme : content.themes()) {
            for (Documents.LearningOutcome outcome : theme.outcomes()) {
                if (outcome.level() != null && !outcome.level().equals("BASIS") && !titles.contains(outcome.level())) {
                    problems.add(
                            theme.file(),
                            outcome.line(),
                            "learningOutcomes.level",
                            "outcomeLevel",
                            outcome.level().toLowerCase(),
                            titles);
                }
            }
        }
        for (Documents.Item item : content.items()) {
            reference(item.file(), "theme", single(item.theme()), themes, "theme", problems);
            reference(item.file(), "legalDomain", single(item.legalDomain()), domains, "legalDomain", problems);
            reference(item.file(), "titles", item.titles(), titles, "title", problems);
            reference(item.file(), "sources", item.sources(), sources, "legalSource", problems);
        }
        for (Documents.Blueprint blueprint : content.blueprints()) {
            checkBlueprint(blueprint, schemes, themes, content.items(), problems);
        }
    }

    private static void checkBlueprint(
            Documents.Blueprint blueprint,
            Map<String, Documents.CertificationScheme> schemes,
            Set<String> themes,
            List<Documents.Item> items,
            ContentProblems problems) {
        Documents.CertificationScheme scheme = schemeOf(blueprint.file(), blueprint.scheme(), schemes, problems);
        if (scheme == null) {
            return;
        }
        reference(
                blueprint.file(),
                "title",
                single(blueprint.title()),
                titleCodes(scheme),
                "schemeTitle",
                problems,
                scheme.code());
        Set<String> domains =
                scheme.legalDomains().stream().map(Documents.LegalDomain::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Documents.BlueprintCell cell : blueprint.cells()) {
            reference(blueprint.file(), "cells.theme", single(cell.theme()), themes, "theme", problems);
            reference(
                    blueprint.file(),
                    "cells.legalDomain",
                    single(cell.legalDomain()),
                    domains,
                    "legalDomain",
                    problems);
            if (cell.theme() == null || cell.legalDomain() == null || blueprint.title() == null) {
                continue;
            }
            String name = cell.theme().value() + " / " + cell.legalDomain().value();
            if (!seen.add(name)) {
                problems.add(blueprint.file(), cell.line(), "cells", "cellTwice", name);
            }
            long available = items.stream()
                    .filter(item -> item.status() == ItemStatus.ACTIVE)
                    .filter(item -> item.theme() != null
                            && item.theme().value().equals(cell.theme().value()))
                    .filter(item -> item.legalDomain() != null
                            && item.legalDomain()
                                    .value()
                                    .equals(cell.legalDomain().value()))
                    .filter(item -> item.titles().stream().anyMatch(title -> title.value()
                            .equals(blueprint.title().value())))
                    .count();
            if (available < cell.items()) {
                problems.add(
                        blueprint.file(),
                        cell.line(),
                        "cells.items",
                        "cellItems",
                        name,
                        cell.items(),
                        available,
                        blueprint.title().value());
            }
        }
    }

    private static Documents.CertificationScheme schemeOf(
            String file,
            At<String> reference,
            Map<String, Documents.CertificationScheme> schemes,
            ContentProblems problems) {
        if (reference == null) {
            return null;
        }
        Documents.CertificationScheme scheme = schemes.get(reference.value());
        if (scheme == null) {
            problems.add(file, reference.line(), "scheme", "notAScheme", reference.value(), schemes.keySet());
        }
        return scheme;
    }

    private static Set<String> titleCodes(Documents.CertificationScheme scheme) {
        return scheme.titles().stream().map(Documents.Title::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<At<String>> single(At<String> reference) {
        return reference == null ? List.of() : List.of(reference);
    }

    private static void reference(
            String file,
            String field,
            List<At<String>> references,
            Set<String> known,
            String kind,
            ContentProblems problems,
            Object... context) {
        for (At<String> reference : references) {
            if (!known.contains(reference.value())) {
                Object[] arguments = Stream.concat(Stream.of(reference.value()), Arrays.stream(context))
                        .toArray();
                problems.add(file, reference.line(), field, "unknown." + kind, arguments);
            }
        }
    }

    private static <T> void unique(
            List<T> documents,
            Function<T, String> id,
            Function<T, String> file,
            String field,
            ContentProblems problems) {
        Map<String, String> first = new HashMap<>();
        for (T document : documents) {
            String code = id.apply(document);
            if (code == null) {
                continue;
            }
            String earlier = first.putIfAbsent(code, file.apply(document));
            if (earlier != null) {
                problems.add(file.apply(document), 0, field, "duplicateId", code, earlier);
            }
        }
    }

    private static void uniqueLegalSources(ContentSet content, ContentProblems problems) {
        Map<String, String> first = new HashMap<>();
        for (Documents.Legislation act : content.legislation()) {
            for (Documents.LegalSource source : act.sources()) {
                if (source.code() == null) {
                    continue;
                }
                String earlier = first.putIfAbsent(source.code(), act.file());
                if (earlier != null) {
                    problems.add(act.file(), source.line(), "sources.id", "duplicateIdIn", source.code(), earlier);
                }
            }
        }
    }

    private static void uniqueLearningOutcomes(ContentSet content, ContentProblems problems) {
        Map<String, String> first = new HashMap<>();
        for (Documents.Theme theme : content.themes()) {
            for (Documents.LearningOutcome outcome : theme.outcomes()) {
                if (outcome.code() == null) {
                    continue;
                }
                String earlier = first.putIfAbsent(outcome.code(), theme.file());
                if (earlier != null) {
                    problems.add(
                            theme.file(),
                            outcome.line(),
                            "learningOutcomes.id",
                            "duplicateIdIn",
                            outcome.code(),
                            earlier);
                }
            }
        }
    }
}
