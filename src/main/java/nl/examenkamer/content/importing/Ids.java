package nl.examenkamer.content.importing;

import java.util.regex.Pattern;

/** The id rules every kind shares: present, well-formed, and equal to the file name. */
final class Ids {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private Ids() {}

    static String matchingFileName(ContentFile file, YamlMap yaml) {
        String id = yaml.text("id", true);
        if (id == null) {
            return null;
        }
        if (!WELL_FORMED.matcher(id).matches()) {
            yaml.problem("id", "idMalformed", id);
        } else if (!id.equals(file.baseName())) {
            yaml.problem("id", "idNotFileName", id, file.baseName());
        }
        return id;
    }
}
