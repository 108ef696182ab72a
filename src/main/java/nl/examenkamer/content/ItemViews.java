package nl.examenkamer.content;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The item bank as the board's pages and the API show it. These views carry keys and rationales:
 * they are for the board only, never for candidates.
 */
public final class ItemViews {

    private ItemViews() {}

    /** A row of the item bank. */
    public record Summary(
            String code,
            String label,
            ItemStatus status,
            ItemType type,
            String theme,
            String legalDomain,
            List<String> titles,
            int currentVersion,
            boolean needsReview)
            implements Serializable {
        /** The titles as a reader reads them: "CROV, RCCM, RCMT". */
        public String titlesText() {
            return String.join(", ", titles);
        }
    }

    /** Which item and which of its versions: what a form or an analysis points at. */
    public record VersionRef(String code, int versionNo) implements Serializable {}

    /** An option with whether it belongs to the key. */
    public record Option(String label, String text, boolean correct) implements Serializable {}

    /** A legal source as an item cites it. */
    public record Source(
            String code, String citation, String title, LocalDate effectiveFrom, String url, boolean active)
            implements Serializable {}

    /** One version of an item, complete. */
    public record Version(
            int versionNo,
            String contentHash,
            Instant createdAt,
            ItemType type,
            String theme,
            String legalDomain,
            List<String> titles,
            String caseText,
            String question,
            List<Option> options,
            String rationale,
            List<Source> sources)
            implements Serializable {
        /** The titles as a reader reads them: "CROV, RCCM, RCMT". */
        public String titlesText() {
            return String.join(", ", titles);
        }
    }

    /** An item with its life-cycle facts, its current version and the list of all its versions. */
    public record Detail(
            String code,
            String label,
            String filePath,
            ItemStatus status,
            String author,
            String reviewer,
            LocalDate reviewedOn,
            String note,
            boolean needsReview,
            Version current,
            List<Integer> versions)
            implements Serializable {}
}
