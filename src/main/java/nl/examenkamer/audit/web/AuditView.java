package nl.examenkamer.audit.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.examenkamer.audit.AuditEntryView;
import nl.examenkamer.audit.AuditFilter;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.shared.ClockProducer;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.Period;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.Moments;
import nl.examenkamer.web.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The board browses the audit log: filters, newest first, a page at a time. The list shows the
 * filter last applied, so paging does not pick up fields typed but not yet applied, and a refused
 * filter leaves the list as it was.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Moments moments;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private LocalDate fromDate;
    private LocalDate untilDate;

    private AuditFilter applied = AuditFilter.none();

    // each a scan of the whole log: read once per view, not at every evaluation of the lists
    private List<String> actionCodes;
    private List<String> objectTypeCodes;

    private final LazyDataModel<AuditEntryView> entries = new EntryModel();

    public void apply() {
        try {
            Period.requireOrdered(fromDate, untilDate);
            applied = filter();
        } catch (RuleViolation violation) {
            messages.errorFor("audit:until", violation);
        }
    }

    public List<SelectItem> getActions() {
        if (actionCodes == null) {
            actionCodes = auditLog.actions();
        }
        return AuditNames.choices(bundle(), AuditNames.ACTION, actionCodes);
    }

    public List<SelectItem> getObjectTypes() {
        if (objectTypeCodes == null) {
            objectTypeCodes = auditLog.objectTypes();
        }
        return AuditNames.choices(bundle(), AuditNames.OBJECT_TYPE, objectTypeCodes);
    }

    public String actionName(String action) {
        return AuditNames.name(bundle(), AuditNames.ACTION, action);
    }

    public String details(AuditEntryView entry) {
        return AuditDetails.readable(entry.details(), moments.zone(), bundle());
    }

    public String objectTypeName(String objectType) {
        return AuditNames.name(bundle(), AuditNames.OBJECT_TYPE, objectType);
    }

    private ResourceBundle bundle() {
        return Messages.bundle(localeSelection.getLocale());
    }

    private AuditFilter filter() {
        return new AuditFilter(
                actor,
                action,
                objectType,
                objectId,
                startOf(fromDate),
                startOf(untilDate == null ? null : untilDate.plusDays(1)));
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    private final class EntryModel extends LazyDataModel<AuditEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count(applied));
        }

        @Override
        public List<AuditEntryView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.find(applied, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return String.valueOf(entry.id());
        }
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public void setUntilDate(LocalDate untilDate) {
        this.untilDate = untilDate;
    }
}
