package nl.examenkamer.content.importing;

import java.util.List;

/** Everything one import read, kind by kind. */
public record ContentSet(
        List<Documents.CertificationScheme> schemes,
        List<Documents.RecertificationScheme> recertificationSchemes,
        List<Documents.Competence> competences,
        List<Documents.RatingScale> ratingScales,
        List<Documents.Theme> themes,
        List<Documents.Legislation> legislation,
        List<Documents.Item> items,
        List<Documents.Blueprint> blueprints) {

    public List<Documents.LegalSource> legalSources() {
        return legislation.stream().flatMap(act -> act.sources().stream()).toList();
    }
}
