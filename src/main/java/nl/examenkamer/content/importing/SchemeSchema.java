package nl.examenkamer.content.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.examenkamer.content.CutScoreMethod;

/**
 * {@code schemes/*.yaml}: a certification scheme (titles, legal domains and every rule default of
 * the written and oral exam and of admission) or a re-certification scheme (its PE rules).
 */
final class SchemeSchema {

    private static final BigDecimal HOURS_MAX = new BigDecimal("10000");

    private SchemeSchema() {}

    static void read(
            ContentFile file,
            YamlMap yaml,
            List<Documents.CertificationScheme> certification,
            List<Documents.RecertificationScheme> recertification) {
        String kind = yaml.text("kind", true);
        if ("certification".equals(kind)) {
            certification.add(certification(file, yaml));
        } else if ("recertification".equals(kind)) {
            recertification.add(recertification(file, yaml));
        } else if (kind != null) {
            yaml.problem("kind", "notOneOf", kind, "certification, recertification");
        }
    }

    private static Documents.CertificationScheme certification(ContentFile file, YamlMap yaml) {
        yaml.allowOnly(
                "id", "kind", "name", "register", "titles", "legalDomains", "admission", "writtenExam", "oralExam");
        String code = Ids.matchingFileName(file, yaml);
        List<Documents.Title> titles = new ArrayList<>();
        for (YamlMap title : yaml.maps("titles", true)) {
            title.allowOnly("code", "name", "description");
            titles.add(new Documents.Title(
                    title.text("code", true), title.text("name", true), title.text("description", true)));
        }
        List<Documents.LegalDomain> domains = new ArrayList<>();
        for (YamlMap domain : yaml.maps("legalDomains", true)) {
            domain.allowOnly("code", "name");
            domains.add(new Documents.LegalDomain(domain.text("code", true), domain.text("name", true)));
        }
        return new Documents.CertificationScheme(
                file.path(),
                code,
                yaml.text("name", true),
                yaml.text("register", true),
                titles,
                domains,
                admission(yaml.map("admission", true)),
                written(yaml.map("writtenExam", true)),
                oral(yaml.map("oralExam", true)));
    }

    private static Documents.Admission admission(YamlMap yaml) {
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly("minContactHours", "minStudyLoadHours", "minThemeContactHours", "themes");
        return new Documents.Admission(
                yaml.decimal("minContactHours", true, BigDecimal.ZERO, HOURS_MAX),
                yaml.decimal("minStudyLoadHours", true, BigDecimal.ZERO, HOURS_MAX),
                yaml.decimal("minThemeContactHours", true, BigDecimal.ZERO, HOURS_MAX),
                yaml.texts("themes", true));
    }

    private static Documents.WrittenExamRules written(YamlMap yaml) {
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly(
                "items",
                "durationMinutes",
                "cutScore",
                "alternativeCutScoreMethod",
                "extraTimePercentage",
                "itemAnalysis",
                "inzage");
        CutScore cut = CutScore.read(yaml.map("cutScore", true));
        return new Documents.WrittenExamRules(
                orZero(yaml.integer("items", true, 1, 500)),
                orZero(yaml.integer("durationMinutes", true, 1, 600)),
                cut.method(),
                cut.percentage(),
                yaml.choice("alternativeCutScoreMethod", false, CutScoreMethod.class),
                orZero(yaml.integer("extraTimePercentage", true, 0, 100)),
                itemAnalysis(yaml.map("itemAnalysis", true)),
                inzage(yaml.map("inzage", true)));
    }

    /** How long after publication a candidate may ask for an inspection, and how long a window may be. */
    private static Documents.InzageTerms inzage(YamlMap yaml) {
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly("requestDays", "longestWindowDays");
        return new Documents.InzageTerms(
                orZero(yaml.integer("requestDays", true, 1, 365)),
                orZero(yaml.integer("longestWindowDays", true, 1, 90)));
    }

    /** Where the item analysis flags an item: p below minP or above maxP, Rir below minRir. */
    private static Documents.ItemAnalysisFlags itemAnalysis(YamlMap yaml) {
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly("minP", "maxP", "minRir");
        BigDecimal minP = yaml.decimal("minP", true, BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal maxP = yaml.decimal("maxP", true, BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal minRir = yaml.decimal("minRir", true, BigDecimal.ONE.negate(), BigDecimal.ONE);
        if (minP != null && maxP != null && minP.compareTo(maxP) >= 0) {
            yaml.problem("maxP", "maxPAboveMinP", minP.toPlainString());
        }
        return new Documents.ItemAnalysisFlags(minP, maxP, minRir);
    }

    private static Documents.OralExamRules oral(YamlMap yaml) {
        if (yaml == null) {
            return null;
        }
        yaml.allowOnly(
                "slotMinutes",
                "deliberationMinutes",
                "ratingScale",
                "minimumRatingPerCompetence",
                "reasonRequiredAtOrBelow",
                "reconciliationGapNeedingReason");
        return new Documents.OralExamRules(
                orZero(yaml.integer("slotMinutes", true, 5, 480)),
                orZero(yaml.integer("deliberationMinutes", true, 0, 240)),
                yaml.textAt("ratingScale", true),
                orZero(yaml.integer("minimumRatingPerCompetence", true, 1, 10)),
                orZero(yaml.integer("reasonRequiredAtOrBelow", true, 0, 10)),
                orZero(yaml.integer("reconciliationGapNeedingReason", true, 1, 10)));
    }

    private static Documents.RecertificationScheme recertification(ContentFile file, YamlMap yaml) {
        yaml.allowOnly(
                "id",
                "kind",
                "name",
                "owner",
                "professionalDevelopment",
                "minIntervisionReports",
                "workStatement",
                "experienceStatement",
                "competencies");
        String code = Ids.matchingFileName(file, yaml);
        YamlMap pe = yaml.map("professionalDevelopment", true);
        YamlMap work = yaml.map("workStatement", true);
        YamlMap experience = yaml.map("experienceStatement", true);
        if (pe != null) {
            pe.allowOnly(
                    "activityHoursPerPoint", "maxPointsPerActivity", "maxPeerConsultationPoints", "requiredPoints");
        }
        if (work != null) {
            work.allowOnly("yearsRequired", "windowYears", "minAverageFte");
        }
        if (experience != null) {
            experience.allowOnly(
                    "starrExamplesPerCompetency", "strengthsPerCompetency", "developmentPointsPerCompetency");
        }
        List<Documents.RecertificationCompetency> competencies = new ArrayList<>();
        for (YamlMap competency : yaml.maps("competencies", true)) {
            competency.allowOnly("name", "group");
            competencies.add(new Documents.RecertificationCompetency(
                    competency.text("name", true), competency.text("group", true)));
        }
        BigDecimal hundred = new BigDecimal("100");
        return new Documents.RecertificationScheme(
                file.path(),
                code,
                yaml.text("name", true),
                yaml.text("owner", true),
                pe == null ? null : pe.decimal("activityHoursPerPoint", true, new BigDecimal("0.25"), hundred),
                pe == null ? null : pe.decimal("maxPointsPerActivity", true, BigDecimal.ZERO, hundred),
                pe == null ? null : pe.decimal("maxPeerConsultationPoints", true, BigDecimal.ZERO, hundred),
                pe == null ? null : pe.decimal("requiredPoints", true, BigDecimal.ZERO, new BigDecimal("1000")),
                orZero(yaml.integer("minIntervisionReports", true, 0, 100)),
                work == null ? 0 : orZero(work.integer("yearsRequired", true, 0, 50)),
                work == null ? 0 : orZero(work.integer("windowYears", true, 1, 50)),
                work == null ? null : work.decimal("minAverageFte", true, BigDecimal.ZERO, BigDecimal.ONE),
                experience == null ? 0 : orZero(experience.integer("starrExamplesPerCompetency", true, 0, 10)),
                experience == null ? 0 : orZero(experience.integer("strengthsPerCompetency", true, 0, 10)),
                experience == null ? 0 : orZero(experience.integer("developmentPointsPerCompetency", true, 0, 10)),
                competencies);
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The cut-score block, shared by schemes and blueprints. */
    record CutScore(CutScoreMethod method, BigDecimal percentage) {

        static CutScore read(YamlMap yaml) {
            if (yaml == null) {
                return new CutScore(null, null);
            }
            yaml.allowOnly("method", "percentage");
            CutScoreMethod method = yaml.choice("method", true, CutScoreMethod.class);
            BigDecimal percentage = yaml.decimal("percentage", true, BigDecimal.ONE, new BigDecimal("100"));
            return new CutScore(method, percentage);
        }
    }
}
