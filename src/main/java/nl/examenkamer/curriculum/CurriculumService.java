package nl.examenkamer.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.identity.AccountRepository;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.identity.ProviderOrganisation;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Reason;
import nl.examenkamer.shared.RuleViolation;

/**
 * What training providers do with the curriculum: their modules, and the attendance of their
 * candidates (recorded in batches from a screen, a CSV file or the API, all or nothing), corrected
 * or withdrawn with a reason; and the board voiding a record. Every change is audited and the
 * candidate's hours follow at once.
 */
@ApplicationScoped
@Transactional
public class CurriculumService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private HoursLedger ledger;

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    // --- modules ---

    public ModuleView createModule(
            @NotBlank String providerCode,
            @NotBlank(message = "{module.code.required}")
                    @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{module.code.pattern}")
                    String code,
            @NotBlank(message = "{module.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            @NotBlank(message = "{module.theme.required}") String theme,
            String contactHours,
            String studyLoadHours,
            Set<String> outcomes) {
        ProviderOrganisation provider = provider(providerCode);
        if (findModule(provider, code.strip()).isPresent()) {
            throw RuleViolation.conflict("module.code.taken", code.strip());
        }
        requireThemeAndOutcomes(theme, outcomes);
        TrainingModule module = new TrainingModule(
                provider,
                code.strip(),
                title.strip(),
                theme,
                hours(contactHours),
                hours(studyLoadHours),
                outcomes == null ? Set.of() : outcomes,
                clock.instant());
        em.persist(module);
        auditLog.record(AuditEvent.of("module.created", "module", provider.code() + "/" + module.code())
                .withDetails(theme + " contact=" + module.contactHours() + " studyLoad=" + module.studyLoadHours()));
        return ModuleView.of(module);
    }

    /**
     * Revises a module as the caller saw it ({@code seenVersion}, null for as it is now): a revision
     * of an older version is refused (412) with what is stored now.
     */
    public ModuleView reviseModule(
            @NotBlank String providerCode,
            @NotBlank String code,
            Long seenVersion,
            @NotBlank(message = "{module.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            String contactHours,
            String studyLoadHours,
            Set<String> outcomes) {
        TrainingModule module = findModule(provider(providerCode), code)
                .orElseThrow(() -> RuleViolation.notFound("module.notFound", code));
        requireThemeAndOutcomes(module.theme(), outcomes);
        module.revise(
                seenVersion,
                title.strip(),
                hours(contactHours),
                hours(studyLoadHours),
                outcomes == null ? Set.of() : outcomes);
        auditLog.record(
                AuditEvent.of("module.revised", "module", module.provider().code() + "/" + module.code())
                        .withDetails("contact=" + module.contactHours() + " studyLoad=" + module.studyLoadHours()));
        // the version counts up when the change is written: the caller gets the one it can revise next
        em.flush();
        return ModuleView.of(module);
    }

    /** One of the provider's modules as it is stored now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModuleView moduleOf(String providerCode, String code) {
        return findModule(provider(providerCode), code)
                .map(ModuleView::of)
                .orElseThrow(() -> RuleViolation.notFound("module.notFound", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleView> modulesOf(String providerCode) {
        return em
                .createQuery(
                        "select m from TrainingModule m where m.provider.code = :provider order by m.code",
                        TrainingModule.class)
                .setParameter("provider", providerCode.toUpperCase(Locale.ROOT))
                .getResultList()
                .stream()
                .map(ModuleView::of)
                .toList();
    }

    // --- candidates ---

    /**
     * A provider registers a candidate (or gets the known one back). The provider does not see the
     * candidate's progress until it has recorded hours for them.
     */
    public CandidateRegistry.Registration registerCandidate(
            @NotBlank String providerCode, String fullName, String email, LocalDate dateOfBirth) {
        provider(providerCode);
        return candidates.register(fullName, email, dateOfBirth);
    }

    // --- attendance ---

    /**
     * Stores a batch of rows all or nothing: every row is checked first; any problem rejects the
     * whole batch ({@link AttendanceRejected}). Rows already recorded under the same row id with the
     * same values add nothing.
     */
    public BatchResult record(@NotBlank String providerCode, List<AttendanceRow> rows, BatchOrigin origin) {
        ProviderOrganisation provider = provider(providerCode);
        Set<CandidateNumber> numbers = new HashSet<>();
        for (AttendanceRow row : rows) {
            CandidateNumber.typed(row.candidateNumber()).ifPresent(numbers::add);
        }
        Map<String, Candidate> known = candidatesByNumber(numbers);
        Map<String, TrainingModule> modules = em
                .createQuery("select m from TrainingModule m where m.provider = :provider", TrainingModule.class)
                .setParameter("provider", provider)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(TrainingModule::code, Function.identity()));
        Map<String, AttendanceRecord> earlier = earlierRecords(provider, rows);

        AttendanceCheck.Outcome outcome = new AttendanceCheck(
                        number -> known.containsKey(number.value()),
                        code -> Optional.ofNullable(modules.get(code))
                                .map(m -> new AttendanceCheck.ModuleFacts(
                                        m.code(), m.contactHours(), m.studyLoadHours(), m.isActive())),
                        rowId -> Optional.ofNullable(earlier.get(rowId)),
                        LocalDate.now(clock))
                .check(rows);
        if (!outcome.accepted()) {
            throw new AttendanceRejected(origin, outcome.problems());
        }
        int added = 0;
        Set<Long> touched = new HashSet<>();
        for (AttendanceCheck.CheckedRow row : outcome.rows()) {
            if (row.repeat()) {
                continue;
            }
            Candidate candidate = known.get(row.candidate().value());
            em.persist(new AttendanceRecord(
                    provider,
                    row.row().rowId().strip(),
                    candidate,
                    modules.get(row.module().code()),
                    row.date(),
                    row.contact(),
                    row.studyLoad(),
                    clock.instant(),
                    currentActor.name()));
            know(provider, candidate);
            touched.add(candidate.id());
            added++;
        }
        ledger.refresh(touched);
        int repeats = outcome.rows().size() - added;
        if (added > 0) {
            auditLog.record(AuditEvent.of("attendance.recorded", "provider", provider.code())
                    .withDetails(added + " records from " + origin.name().toLowerCase(Locale.ROOT)
                            + (repeats > 0 ? "; " + repeats + " already recorded" : "")));
        }
        return new BatchResult(added, repeats);
    }

    /** A provider's CSV file: read, then stored like any batch, all or nothing. */
    public BatchResult recordCsv(@NotBlank String providerCode, byte[] file) {
        AttendanceCsv.Parsed parsed = AttendanceCsv.parse(file == null ? new byte[0] : file);
        if (!parsed.problems().isEmpty()) {
            throw new AttendanceRejected(BatchOrigin.CSV, parsed.problems());
        }
        return record(providerCode, parsed.rows(), BatchOrigin.CSV);
    }

    /**
     * Corrects a record as the caller saw it ({@code seenVersion}, null for as it is now): a
     * correction of an older version is refused (412) with who changed it and what it says now.
     */
    public RecordView correct(
            @NotBlank String providerCode,
            @NotBlank String rowId,
            Long seenVersion,
            @NotBlank String moduleCode,
            LocalDate date,
            String contactHours,
            String studyLoadHours,
            @NotBlank(message = "{reason.required}") String reason) {
        ProviderOrganisation provider = provider(providerCode);
        AttendanceRecord record = ownRecord(provider, rowId);
        TrainingModule module = findModule(provider, moduleCode)
                .orElseThrow(() -> RuleViolation.invalid("module.notFound", moduleCode));
        Hours contact = hours(contactHours);
        Hours studyLoad = hours(studyLoadHours);
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw RuleViolation.invalid("attendance.date.invalid");
        }
        if (contact.compareTo(module.contactHours()) > 0 || studyLoad.compareTo(module.studyLoadHours()) > 0) {
            throw RuleViolation.invalid(
                    "attendance.hours.moreThanModule", module.contactHours(), module.studyLoadHours());
        }
        String before = requireActive(record).describe();
        record.correct(
                seenVersion, module, date, contact, studyLoad, reason.strip(), clock.instant(), currentActor.name());
        ledger.refresh(Set.of(record.candidate().id()));
        auditLog.record(AuditEvent.of("attendance.corrected", "attendance", provider.code() + "/" + rowId)
                .because(reason.strip())
                .withDetails("candidate " + record.candidate().number() + ": " + before + " -> " + record.describe()));
        // the version counts up when the change is written: the caller gets the one it can correct next
        em.flush();
        return RecordView.of(record);
    }

    /** Withdraws the record as the provider saw it ({@code seenVersion}; null: as it is now). */
    public RecordView withdraw(
            @NotBlank String providerCode,
            @NotBlank String rowId,
            Long seenVersion,
            @NotBlank(message = "{reason.required}") String reason) {
        ProviderOrganisation provider = provider(providerCode);
        AttendanceRecord record = requireActive(ownRecord(provider, rowId));
        record.withdraw(seenVersion, reason.strip(), clock.instant(), currentActor.name());
        ledger.refresh(Set.of(record.candidate().id()));
        auditLog.record(AuditEvent.of("attendance.withdrawn", "attendance", provider.code() + "/" + rowId)
                .because(reason.strip())
                .withDetails("candidate " + record.candidate().number() + ": " + record.describe()));
        em.flush();
        return RecordView.of(record);
    }

    /** The board voids any provider's record, as it saw it ({@code seenVersion}; null: as it is now). */
    public RecordView voidRecord(
            long recordId, Long seenVersion, @NotBlank(message = "{reason.required}") String reason) {
        AttendanceRecord record = Optional.ofNullable(em.find(AttendanceRecord.class, recordId))
                .orElseThrow(() -> RuleViolation.notFound("attendance.notFound", String.valueOf(recordId)));
        requireActive(record).voidByBoard(seenVersion, reason.strip(), clock.instant(), currentActor.name());
        ledger.refresh(Set.of(record.candidate().id()));
        auditLog.record(AuditEvent.of(
                        "attendance.voided", "attendance", record.provider().code() + "/" + record.rowId())
                .because(reason.strip())
                .withDetails("candidate " + record.candidate().number() + ": " + record.describe()));
        em.flush();
        return RecordView.of(record);
    }

    /** A page of a provider's own records, newest first; optionally of one candidate only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordPage recordsOf(String providerCode, String candidateNumber, int first, int size) {
        boolean oneCandidate = candidateNumber != null && !candidateNumber.isBlank();
        String where =
                " where r.provider.code = :provider" + (oneCandidate ? " and r.candidate.number = :candidate" : "");
        var count = em.createQuery("select count(r) from AttendanceRecord r" + where, Long.class);
        var page = em.createQuery(
                        "select r from AttendanceRecord r join fetch r.candidate join fetch r.module" + where
                                + " order by r.attendedOn desc, r.rowId",
                        AttendanceRecord.class)
                .setFirstResult(first)
                .setMaxResults(size);
        count.setParameter("provider", providerCode.toUpperCase(Locale.ROOT));
        page.setParameter("provider", providerCode.toUpperCase(Locale.ROOT));
        if (oneCandidate) {
            count.setParameter("candidate", candidateNumber.strip().toUpperCase(Locale.ROOT));
            page.setParameter("candidate", candidateNumber.strip().toUpperCase(Locale.ROOT));
        }
        return new RecordPage(
                count.getSingleResult(),
                page.getResultList().stream().map(RecordView::of).toList());
    }

    /**
     * A provider's own candidates (those it recorded hours for) whose name, number or e-mail address
     * contains the text: the suggestions of its attendance table. Never another's candidate.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> searchOwnCandidates(String providerCode, String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "select c from Candidate c, ProviderCandidate pc, ProviderOrganisation p"
                                + " where pc.candidateId = c.id and pc.providerId = p.id and p.code = :provider"
                                + " and (lower(c.fullName) like :p or lower(c.number) like :p or c.email like :p)"
                                + " order by c.number",
                        Candidate.class)
                .setParameter("provider", providerCode.strip().toUpperCase(Locale.ROOT))
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    /** Every record of one candidate, of every provider: for the board. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordView> recordsOfCandidate(CandidateNumber number) {
        return em
                .createQuery(
                        "select r from AttendanceRecord r join fetch r.candidate join fetch r.module join fetch r.provider"
                                + " where r.candidate.number = :number order by r.attendedOn desc, r.id",
                        AttendanceRecord.class)
                .setParameter("number", number.value())
                .getResultList()
                .stream()
                .map(RecordView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasRecords(String providerCode, CandidateNumber number) {
        return !em.createQuery(
                        "select r.id from AttendanceRecord r where r.provider.code = :provider and r.candidate.number = :number",
                        Long.class)
                .setParameter("provider", providerCode.toUpperCase(Locale.ROOT))
                .setParameter("number", number.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Map<String, Candidate> candidatesByNumber(Set<CandidateNumber> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select c from Candidate c where c.number in :numbers", Candidate.class)
                .setParameter(
                        "numbers", numbers.stream().map(CandidateNumber::value).toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(c -> c.number().value(), Function.identity()));
    }

    private Map<String, AttendanceRecord> earlierRecords(ProviderOrganisation provider, List<AttendanceRow> rows) {
        List<String> rowIds = rows.stream()
                .map(AttendanceRow::rowId)
                .filter(id -> id != null && !id.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        Map<String, AttendanceRecord> earlier = new HashMap<>();
        for (int from = 0; from < rowIds.size(); from += 1000) {
            em.createQuery(
                            "select r from AttendanceRecord r join fetch r.candidate join fetch r.module"
                                    + " where r.provider = :provider and r.rowId in :ids",
                            AttendanceRecord.class)
                    .setParameter("provider", provider)
                    .setParameter("ids", rowIds.subList(from, Math.min(from + 1000, rowIds.size())))
                    .getResultList()
                    .forEach(record -> earlier.put(record.rowId(), record));
        }
        return earlier;
    }

    private void know(ProviderOrganisation provider, Candidate candidate) {
        ProviderCandidate.Key key = new ProviderCandidate.Key(provider.id(), candidate.id());
        if (em.find(ProviderCandidate.class, key) == null) {
            em.persist(new ProviderCandidate(provider.id(), candidate.id(), clock.instant()));
        }
    }

    /** One of the provider's own records as it is stored now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecordView recordOf(String providerCode, String rowId) {
        return RecordView.of(ownRecord(provider(providerCode), rowId));
    }

    private AttendanceRecord ownRecord(ProviderOrganisation provider, String rowId) {
        return em.createQuery(
                        "select r from AttendanceRecord r where r.provider = :provider and r.rowId = :rowId",
                        AttendanceRecord.class)
                .setParameter("provider", provider)
                .setParameter("rowId", rowId.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("attendance.notFound", rowId));
    }

    private static AttendanceRecord requireActive(AttendanceRecord record) {
        if (record.status() != AttendanceStatus.ACTIVE) {
            throw RuleViolation.conflict(
                    "attendance.notActive", record.rowId(), record.status().name());
        }
        return record;
    }

    private Optional<TrainingModule> findModule(ProviderOrganisation provider, String code) {
        return em.createQuery(
                        "select m from TrainingModule m where m.provider = :provider and m.code = :code",
                        TrainingModule.class)
                .setParameter("provider", provider)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst();
    }

    private ProviderOrganisation provider(String code) {
        return accounts.requireProvider(code);
    }

    private void requireThemeAndOutcomes(String theme, Set<String> outcomes) {
        ContentViews.ThemeView found = catalog.themes().stream()
                .filter(t -> t.code().equals(theme))
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("module.theme.unknown", theme));
        Set<String> known =
                found.outcomes().stream().map(ContentViews.OutcomeView::code).collect(Collectors.toSet());
        if (outcomes != null) {
            for (String outcome : outcomes) {
                if (!known.contains(outcome)) {
                    throw RuleViolation.invalid("module.outcome.unknown", outcome, found.name());
                }
            }
        }
    }

    private static Hours hours(String value) {
        Reason problem = Hours.problemWith(value);
        if (problem != null) {
            throw RuleViolation.invalid(problem.key(), problem.arguments().toArray());
        }
        return Hours.parse(value);
    }
}
