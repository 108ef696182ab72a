package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.examenkamer.oral.Breach;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;

/** Shows a refused plan or form on a page: the summary, then each broken rule with its reason. */
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
}
