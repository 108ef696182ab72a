package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.content.WrittenExamRules;
import nl.examenkamer.shared.RuleViolation;

/** The item analysis of a session once it is closed and every attempt has been scored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemAnalysisService {

    @Inject
    private ExamSessions sessions;

    @Inject
    private AttemptStore attempts;

    @Inject
    private ItemTexts texts;

    @Inject
    private ItemBank bank;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private Neutralisations neutralisations;

    public SessionItemAnalysis analyse(String code) {
        ExamSession session = sessions.require(code);
        if (session.status() == SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("session.analysis.notClosed");
        }
        Map<Long, List<ItemAnalysis.Answer>> sheets = new LinkedHashMap<>();
        for (AttemptStore.ScoredAnswer answer : attempts.scoredAnswersOfSession(session.id())) {
            sheets.computeIfAbsent(answer.attemptId(), attempt -> new ArrayList<>())
                    .add(new ItemAnalysis.Answer(
                            answer.itemVersionId(), Set.copyOf(ItemShape.labels(answer.answer()))));
        }
        Set<Long> versionIds = sheets.values().stream()
                .flatMap(List::stream)
                .map(ItemAnalysis.Answer::itemVersionId)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<Long, ItemText> itemTexts = versionIds.stream().collect(Collectors.toMap(Function.identity(), texts::of));
        Map<Long, ItemViews.VersionRef> refs = bank.versionRefs(versionIds);
        ThemeOrder order = ThemeOrder.of(catalog.themes());
        List<ItemAnalysis.Item> items = versionIds.stream()
                .sorted(Comparator.comparing((Long id) -> itemTexts.get(id).theme(), order.byCurriculum())
                        .thenComparing(id -> refs.get(id).code())
                        .thenComparing(id -> refs.get(id).versionNo()))
                .map(id -> new ItemAnalysis.Item(
                        id, itemTexts.get(id).optionLabels(), itemTexts.get(id).key()))
                .toList();
        Map<Long, Neutralisation> neutralised = neutralisations.of(session.id());
        ItemAnalysis.Report report = ItemAnalysis.of(
                items, sheets.values().stream().map(ItemAnalysis.Sheet::new).toList(), thresholds(session));
        List<SessionItemAnalysis.Row> rows = report.items().stream()
                .map(stats -> {
                    ItemViews.VersionRef ref = refs.get(stats.itemVersionId());
                    String theme = itemTexts.get(stats.itemVersionId()).theme();
                    Neutralisation neutralisation = neutralised.get(stats.itemVersionId());
                    return new SessionItemAnalysis.Row(
                            ref.code(),
                            ref.versionNo(),
                            theme,
                            order.name(theme),
                            stats,
                            neutralisation == null ? null : neutralisation.mode());
                })
                .toList();
        return new SessionItemAnalysis(
                session.code(),
                session.status() == SessionStatus.CLOSED,
                report.candidates(),
                report.mean(),
                report.standardDeviation(),
                report.kr20(),
                report.thresholds(),
                rows);
    }

    /** Where the scheme that awards the session's title flags an item, as exam-content/ sets it. */
    private ItemAnalysis.Thresholds thresholds(ExamSession session) {
        WrittenExamRules rules = catalog.writtenRules(session.title());
        return new ItemAnalysis.Thresholds(
                rules.analysisMinP().doubleValue(),
                rules.analysisMaxP().doubleValue(),
                rules.analysisMinRir().doubleValue());
    }
}
