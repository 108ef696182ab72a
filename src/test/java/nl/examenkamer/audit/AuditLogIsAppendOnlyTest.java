package nl.examenkamer.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the application updates or deletes an audit row. The entity cannot be changed once
 * built, the log offers no way to change it, and no code or migration touches its table except to
 * insert. (On PostgreSQL a trigger refuses changes as well: see MigrationsTest.)
 */
class AuditLogIsAppendOnlyTest {

    @Test
    void anEntryHasNoSettersAndNoUpdatableColumn() {
        for (Method method : AuditEntry.class.getDeclaredMethods()) {
            assertFalse(
                    method.getName().startsWith("set") && !Modifier.isPrivate(method.getModifiers()), method.getName());
        }
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                assertFalse(column.updatable(), field.getName() + " must not be updatable");
            }
        }
    }

    @Test
    void theLogOnlyRecordsAndReads() {
        for (Method method : AuditLog.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertTrue(
                        List.of("record", "recordAs", "find", "count", "actions", "objectTypes")
                                .contains(method.getName()),
                        "unexpected public method AuditLog." + method.getName());
            }
        }
    }

    @Test
    void noCodeOrMigrationChangesOrDeletesAuditRows() {
        Pattern change = Pattern.compile(
                "(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+(table\\s+)?audit_entry|drop\\s+table\\s+audit_entry"
                        + "|update\\s+auditentry|delete\\s+from\\s+auditentry|alter\\s+table\\s+audit_entry\\s+drop)");
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>(SourceTree.files(SourceTree.mainJava(), ".java"));
        files.addAll(SourceTree.files(SourceTree.root().resolve("src/main/resources/db/migration/common"), ".sql"));
        for (Path file : files) {
            String text = SourceTree.read(file).toLowerCase(Locale.ROOT);
            if (change.matcher(text).find()) {
                offenders.add(SourceTree.root().relativize(file).toString());
            }
        }
        assertTrue(offenders.isEmpty(), "these files change or delete audit rows: " + offenders);
    }
}
