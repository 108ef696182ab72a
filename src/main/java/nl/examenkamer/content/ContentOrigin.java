package nl.examenkamer.content;

/**
 * Where imported content came from. It is stored with each import and written in the audit log as
 * a fixed English text ("folder /srv/exam-content"), which pages read back with {@link #of} to say
 * it in the reader's language.
 */
public record ContentOrigin(Kind kind, String name) {

    public enum Kind {
        PACKAGED,
        FOLDER,
        UPLOAD,
        /** An archive sent to the REST API, which has no file name. */
        API,
        /** A text this class did not write; shown as it is. */
        OTHER
    }

    private static final String PACKAGED = "exam-content packed in the application";
    private static final String FOLDER = "folder ";
    private static final String UPLOAD = "uploaded ";
    private static final String API = "uploaded through the API";

    public static String packaged() {
        return PACKAGED;
    }

    public static String folder(String directory) {
        return FOLDER + directory;
    }

    public static String upload(String fileName) {
        return UPLOAD + fileName;
    }

    public static String api() {
        return API;
    }

    public static ContentOrigin of(String stored) {
        if (PACKAGED.equals(stored)) {
            return new ContentOrigin(Kind.PACKAGED, "");
        }
        if (API.equals(stored)) {
            return new ContentOrigin(Kind.API, "");
        }
        if (stored.startsWith(FOLDER)) {
            return new ContentOrigin(Kind.FOLDER, stored.substring(FOLDER.length()));
        }
        if (stored.startsWith(UPLOAD)) {
            return new ContentOrigin(Kind.UPLOAD, stored.substring(UPLOAD.length()));
        }
        return new ContentOrigin(Kind.OTHER, stored);
    }
}
