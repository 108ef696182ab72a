package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.examenkamer.oral.Breach;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;

/**
 * Shows a refused plan or form on a page, the summary and then each broken rule with its reason; and
 * the rules a planned exam has come to break, as lines of text.
 */
@RequestScoped
public class BrokenRulesMessages {

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    public void show(OralRulesBroken broken) {
        messages.error(broken.summaryKey());
        for (Breach breach : broken.breaches()) {
            messages.error("oral.rule.text", OralRulesBroken.text(breach, localeSelection.getLocale()));
        }
    }

    public List<String> texts(List<Breach> breaches) {
        return breaches.stream()
                .map(breach -> OralRulesBroken.text(breach, localeSelection.getLocale()))
                .toList();
    }
}
