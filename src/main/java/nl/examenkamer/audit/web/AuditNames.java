package nl.examenkamer.audit.web;

import jakarta.faces.model.SelectItem;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The audit log's action codes and object types as the board reads them ("Examen ingeleverd" for
 * {@code attempt.submitted}). The log stores the codes, which the API and the filters keep using; a
 * code with no name, such as one an older release recorded, is shown as the code itself.
 */
final class AuditNames {

    static final String ACTION = "audit.action.";
    static final String OBJECT_TYPE = "audit.objectType.";

    private AuditNames() {}

    static String name(ResourceBundle bundle, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** The codes as choices, named and in the order of their names, each choosing its code. */
    static List<SelectItem> choices(ResourceBundle bundle, String prefix, List<String> codes) {
        return codes.stream()
                .map(code -> new SelectItem(code, name(bundle, prefix, code)))
                .sorted(Comparator.comparing(SelectItem::getLabel, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
