package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.ProviderOrganisation;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * A record corrected, withdrawn or voided as the provider or board saw it, so that a colleague's
 * correction in between is not replaced or thrown away unseen.
 */
class AttendanceRecordTest {

    private static final Instant RECORDED = Instant.parse("2026-03-12T16:30:00Z");

    private final ProviderOrganisation provider =
            new ProviderOrganisation("OPL", "Opleider", Instant.parse("2026-01-01T09:00:00Z"));
    private final TrainingModule module = new TrainingModule(
            provider,
            "AG-1",
            "Verzuim",
            "arbeid-en-gezondheid",
            Hours.parse("8"),
            Hours.parse("12"),
            Set.of(),
            RECORDED);
    private final AttendanceRecord record = new AttendanceRecord(
            provider,
            "R-7",
            new Candidate("Karin Kandidaat", "karin@example.org", LocalDate.of(1990, 1, 1), RECORDED, "opleider"),
            module,
            LocalDate.of(2026, 3, 12),
            Hours.parse("6.5"),
            Hours.parse("10"),
            RECORDED,
            "pien");

    @Test
    void aCorrectionOfTheVersionStoredIsApplied() {
        correctToTheEleventh(record.version(), "pien");
        assertEquals(LocalDate.of(2026, 3, 11), record.attendedOn());
        assertEquals(Hours.parse("6"), record.contact());
    }

    @Test
    void aCorrectionOfAnotherVersionIsRefusedWithWhoChangedItAndWhatItSaysNow() {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> correctToTheEleventh(record.version() + 1, "otto"));
        assertEquals(RuleViolation.Kind.CHANGED_MEANWHILE, refused.kind());
        assertEquals(
                "Registratie R-7 is gewijzigd door pien (2026-03-12 17:30) sinds u hem opende; uw correctie is niet"
                        + " opgeslagen. Nu: AG-1 op 2026-03-12, 6,5 contacturen, 10 studiebelastingsuren. Wat u invulde"
                        + " staat er nog: kies Correctie opslaan om het uwe te bewaren.",
                Messages.text(Messages.DUTCH, refused.messageKey(), refused.arguments()));
        assertEquals(
                "Record R-7 was changed by pien (2026-03-12 17:30) since you opened it; your correction has not been"
                        + " saved. Now: AG-1 on 2026-03-12, 6.5 contact hours, 10 study-load hours. What you typed is"
                        + " still there: choose Save the correction to keep yours.",
                Messages.text(Locale.ENGLISH, refused.messageKey(), refused.arguments()));
        assertEquals(LocalDate.of(2026, 3, 12), record.attendedOn(), "nothing changed");
    }

    @Test
    void aCorrectionThatNamesNoVersionAppliesToTheRecordAsItIs() {
        correctToTheEleventh(null, "pien");
        assertEquals(Hours.parse("6"), record.contact());
    }

    @Test
    void aWithdrawalOrVoidingOfAnotherVersionIsRefusedAndTheRecordStillCounts() {
        RuleViolation withdrawal = assertThrows(
                RuleViolation.class, () -> record.withdraw(record.version() + 1, "dubbel", RECORDED, "otto"));
        RuleViolation voiding = assertThrows(
                RuleViolation.class, () -> record.voidByBoard(record.version() + 1, "onjuist", RECORDED, "bestuur"));
        assertEquals(RuleViolation.Kind.CHANGED_MEANWHILE, withdrawal.kind());
        assertEquals(RuleViolation.Kind.CHANGED_MEANWHILE, voiding.kind());
        assertEquals(
                "Registratie R-7 is gewijzigd door pien (2026-03-12 17:30) sinds u hem opende; hij is niet"
                        + " ingetrokken. Nu: AG-1 op 2026-03-12, 6,5 contacturen, 10 studiebelastingsuren. Kies"
                        + " nogmaals Intrekken om hem zo in te trekken.",
                Messages.text(Messages.DUTCH, withdrawal.messageKey(), withdrawal.arguments()));
        assertEquals(
                "Record R-7 was changed by pien (2026-03-12 17:30) since you read it; it has not been voided. Now: AG-1"
                        + " on 2026-03-12, 6.5 contact hours, 10 study-load hours. Choose Void again to void it as it is.",
                Messages.text(Locale.ENGLISH, voiding.messageKey(), voiding.arguments()));
        assertEquals(AttendanceStatus.ACTIVE, record.status(), "it still counts");
    }

    @Test
    void aWithdrawalOfTheVersionStoredOrOfNoneNamedIsApplied() {
        record.withdraw(record.version(), "dubbel geregistreerd", RECORDED, "pien");
        assertEquals(AttendanceStatus.WITHDRAWN, record.status());
        AttendanceRecord other = new AttendanceRecord(
                provider,
                "R-8",
                record.candidate(),
                module,
                LocalDate.of(2026, 3, 13),
                Hours.parse("6"),
                Hours.parse("9"),
                RECORDED,
                "pien");
        other.voidByBoard(null, "geen bewijs van aanwezigheid", RECORDED, "bestuur");
        assertEquals(AttendanceStatus.VOIDED, other.status());
    }

    /** The same correction each time (the 11th, 6 contact and 9 study-load hours), made on the given version. */
    private void correctToTheEleventh(Long seenVersion, String by) {
        record.correct(
                seenVersion,
                module,
                LocalDate.of(2026, 3, 11),
                Hours.parse("6"),
                Hours.parse("9"),
                "typo",
                RECORDED,
                by);
    }
}
