package nl.examenkamer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table over a list the service must compute whole (such as admission statuses, filtered on the
 * computed status) of which the page shows one page at a time. Nothing of the list stays in the
 * view between requests: the view state, which travels with the session, holds only the filters.
 * PrimeFaces asks for the count first and then the page; the list computed for the count serves both.
 */
public abstract class ComputedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private transient List<T> computed;

    /** The whole list, as the filters of the view now select it. */
    protected abstract List<T> compute();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        computed = compute();
        return computed.size();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<T> all = computed != null ? computed : compute();
        computed = null;
        int from = Math.min(Math.max(first, 0), all.size());
        int to = Math.min(from + pageSize, all.size());
        return new ArrayList<>(all.subList(from, to));
    }
}
