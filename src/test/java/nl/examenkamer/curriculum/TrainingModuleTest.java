package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import nl.examenkamer.identity.ProviderOrganisation;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A module revised as a person saw it, so that a colleague's change in between is not overwritten unseen. */
class TrainingModuleTest {

    private final TrainingModule module = new TrainingModule(
            new ProviderOrganisation("OPL", "Opleider", Instant.parse("2026-11-01T09:00:00Z")),
            "AG-1",
            "Verzuim",
            "arbeid-en-gezondheid",
            Hours.parse("4"),
            Hours.parse("6"),
            Set.of("AG-01"),
            Instant.parse("2026-12-01T09:00:00Z"));

    @Test
    void aRevisionOfTheVersionStoredIsApplied() {
        module.revise(module.version(), "Poortwachter", Hours.parse("6"), Hours.parse("9"), Set.of());
        assertEquals("Poortwachter", module.title());
        assertEquals(Hours.parse("6"), module.contactHours());
    }

    @Test
    void aRevisionOfAnotherVersionIsRefusedWithWhatIsStoredAndChangesNothing() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> module.revise(
                        module.version() + 1, "Poortwachter", Hours.parse("6"), Hours.parse("9"), Set.of()));
        assertEquals(RuleViolation.Kind.CHANGED_MEANWHILE, refused.kind());
        assertEquals(412, refused.kind().status());
        assertEquals("module.changedMeanwhile", refused.messageKey());
        assertEquals(
                "Iemand anders heeft module AG-1 gewijzigd sinds u hem opende; uw wijziging is niet opgeslagen."
                        + " Nu opgeslagen: \u201eVerzuim\u201d, 4 contacturen, 6 studiebelastingsuren, 1 leeruitkomst."
                        + " Wat u invulde staat er nog: kies Opslaan om het uwe te bewaren, of Annuleren.",
                Messages.text(Messages.DUTCH, refused.messageKey(), refused.arguments()));
        assertEquals(
                "Someone else changed module AG-1 since you opened it; your change has not been saved. Stored now:"
                        + " \u201cVerzuim\u201d, 4 contact hours, 6 study-load hours, 1 learning outcome. What you typed"
                        + " is still there: choose Save to keep yours, or Cancel.",
                Messages.text(Locale.ENGLISH, refused.messageKey(), refused.arguments()));
        assertEquals("Verzuim", module.title());
        assertEquals(Set.of("AG-01"), module.outcomes());
    }

    @Test
    void aRevisionThatNamesNoVersionAppliesToTheModuleAsItIs() {
        module.revise(null, "Poortwachter", Hours.parse("6"), Hours.parse("9"), Set.of());
        assertEquals("Poortwachter", module.title());
    }
}
