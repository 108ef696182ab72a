package nl.examenkamer.oral;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.examenkamer.shared.Messages;

/** A request refused because it breaks one or more rules of the oral exam, each with its reason (422). */
public class OralRulesBroken extends RuntimeException {

    private final String summaryKey;
    private final transient List<Breach> breaches;

    public OralRulesBroken(String summaryKey, List<Breach> breaches) {
        super(summaryKey + breaches);
        this.summaryKey = summaryKey;
        this.breaches = List.copyOf(breaches);
    }

    public String summaryKey() {
        return summaryKey;
    }

    public List<Breach> breaches() {
        return breaches;
    }

    public static String text(Breach breach, Locale locale) {
        Object[] arguments = breach.arguments().stream()
                .map(argument -> argument instanceof DayPart part
                        ? Messages.text(locale, "oral.dayPart." + part.name())
                        : argument)
                .toArray();
        return Messages.text(locale, breach.rule(), arguments);
    }

    /** Every reason in one line, for a page message. */
    public String text(Locale locale) {
        return Messages.text(locale, summaryKey) + " "
                + breaches.stream().map(b -> text(b, locale)).collect(Collectors.joining(" "));
    }
}
