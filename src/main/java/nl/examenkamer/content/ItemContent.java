package nl.examenkamer.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;

/**
 * What makes an item the item it is: everything a candidate sees or is scored on, plus where it
 * sits in the blueprint and what it cites. Two imports of the same content give the same
 * {@link #hash()}; any change to it gives a new version. Status, author and reviewer are not part
 * of it: they describe the item's life, not its content.
 */
public record ItemContent(
        ItemType type,
        String theme,
        String legalDomain,
        SortedSet<String> titles,
        String caseText,
        String question,
        List<Option> options,
        String rationale,
        SortedSet<String> sources) {

    /** An answer option as written in exam-content, with whether it is (part of) the key. */
    public record Option(String label, String text, boolean correct) {}

    public String hash() {
        StringBuilder canonical = new StringBuilder();
        append(canonical, type.name());
        append(canonical, theme);
        append(canonical, legalDomain);
        append(canonical, String.join(",", titles));
        append(canonical, caseText);
        append(canonical, question);
        for (Option option : options) {
            append(canonical, option.label() + (option.correct() ? "*" : "") + option.text());
        }
        append(canonical, rationale);
        append(canonical, String.join(",", sources));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder canonical, String part) {
        canonical.append(part.length()).append(':').append(part).append('\n');
    }
}
