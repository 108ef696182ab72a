package nl.examenkamer.content;

import java.io.Serializable;

/**
 * What an import changed. All zero means the content was already there exactly as it is: importing
 * twice changes nothing.
 *
 * @param itemsAdded new items (each with its version 1)
 * @param versionsAdded new versions of existing items, whose content changed
 * @param itemsUpdated items whose status, author, reviewer or note changed
 * @param itemsRetired items retired because their file disappeared
 * @param otherChanges schemes, competences, themes, legal sources, scales and blueprints added or changed
 */
public record ImportReport(int itemsAdded, int versionsAdded, int itemsUpdated, int itemsRetired, int otherChanges)
        implements Serializable {

    public boolean changedAnything() {
        return itemsAdded + versionsAdded + itemsUpdated + itemsRetired + otherChanges > 0;
    }

    @Override
    public String toString() {
        return itemsAdded + " items added, " + versionsAdded + " new versions, " + itemsUpdated + " items updated, "
                + itemsRetired + " retired, " + otherChanges + " other changes";
    }
}
