package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.examenkamer.shared.Period;

/**
 * Examiner reliability for the board: how the two independent forms of the exams in a period
 * agree, per examiner pair and per competence (exact agreement and linearly weighted kappa).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReliabilityService {

    @Inject
    private OralExams exams;

    @Inject
    private OralViews views;

    /** Kappa is null when it is undefined (every rating the same level). */
    public record Row(String key, String label, int exams, int pairs, double exactAgreement, Double weightedKappa)
            implements Serializable {}

    public record Report(LocalDate from, LocalDate until, List<Row> perPair, List<Row> perCompetence)
            implements Serializable {}

    public Report between(LocalDate from, LocalDate until) {
        Period.requireOrdered(from, until);
        Map<String, List<Agreement.Pair>> byPair = new TreeMap<>();
        Map<String, Integer> examsByPair = new TreeMap<>();
        Map<String, String> pairLabels = new TreeMap<>();
        Map<String, List<Agreement.Pair>> byCompetence = new LinkedHashMap<>();
        Map<String, Integer> examsByCompetence = new LinkedHashMap<>();
        Map<String, String> competenceLabels = new LinkedHashMap<>();
        int lowest = 1;
        int highest = 4;
        for (OralExam exam : exams.between(
                from.atStartOfDay(ExamSlot.ZONE).toInstant(),
                until.plusDays(1).atStartOfDay(ExamSlot.ZONE).toInstant())) {
            if (exam.status() == OralExamStatus.CANCELLED) {
                continue;
            }
            var chair = exams.sheet(exam.id(), exam.chair()).filter(ScoreSheet::submitted);
            var second = exams.sheet(exam.id(), exam.second()).filter(ScoreSheet::submitted);
            if (chair.isEmpty() || second.isEmpty()) {
                continue;
            }
            lowest = exam.scoringRules().lowestLevel();
            highest = exam.scoringRules().highestLevel();
            boolean chairFirst = exam.chair().compareTo(exam.second()) < 0;
            String first = chairFirst ? exam.chair() : exam.second();
            String other = chairFirst ? exam.second() : exam.chair();
            var firstRatings = (chairFirst ? chair : second).get().ratings(exam.competenceCodes());
            var otherRatings = (chairFirst ? second : chair).get().ratings(exam.competenceCodes());
            String pairKey = first + "+" + other;
            pairLabels.put(pairKey, views.examinerName(first) + " & " + views.examinerName(other));
            examsByPair.merge(pairKey, 1, Integer::sum);
            for (FormCompetence competence : exam.competences()) {
                Agreement.Pair pair = new Agreement.Pair(
                        firstRatings.get(competence.code()).level(),
                        otherRatings.get(competence.code()).level());
                byPair.computeIfAbsent(pairKey, k -> new ArrayList<>()).add(pair);
                byCompetence
                        .computeIfAbsent(competence.code(), k -> new ArrayList<>())
                        .add(pair);
                examsByCompetence.merge(competence.code(), 1, Integer::sum);
                competenceLabels.put(competence.code(), competence.name());
            }
        }
        return new Report(
                from,
                until,
                rows(byPair, examsByPair, pairLabels, lowest, highest),
                rows(byCompetence, examsByCompetence, competenceLabels, lowest, highest));
    }

    private static List<Row> rows(
            Map<String, List<Agreement.Pair>> pairs,
            Map<String, Integer> examCounts,
            Map<String, String> labels,
            int lowest,
            int highest) {
        List<Row> rows = new ArrayList<>();
        pairs.forEach((key, list) -> {
            Agreement.Figures figures = Agreement.of(list, lowest, highest);
            rows.add(new Row(
                    key,
                    labels.get(key),
                    examCounts.get(key),
                    figures.pairs(),
                    figures.exactAgreement(),
                    figures.weightedKappa().isPresent()
                            ? figures.weightedKappa().getAsDouble()
                            : null));
        });
        return rows;
    }
}
