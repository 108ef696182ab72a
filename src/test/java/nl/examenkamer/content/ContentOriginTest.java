package nl.examenkamer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentOriginTest {

    @Test
    void eachStoredOriginIsReadBackAsItsKindWithItsName() {
        assertEquals(new ContentOrigin(ContentOrigin.Kind.PACKAGED, ""), ContentOrigin.of(ContentOrigin.packaged()));
        assertEquals(
                new ContentOrigin(ContentOrigin.Kind.FOLDER, "/srv/exam-content"),
                ContentOrigin.of(ContentOrigin.folder("/srv/exam-content")));
        assertEquals(
                new ContentOrigin(ContentOrigin.Kind.UPLOAD, "exam-content 2027.zip"),
                ContentOrigin.of(ContentOrigin.upload("exam-content 2027.zip")));
        assertEquals(new ContentOrigin(ContentOrigin.Kind.API, ""), ContentOrigin.of(ContentOrigin.api()));
    }

    @Test
    void aTextItDidNotWriteIsKeptAsItIs() {
        assertEquals(
                new ContentOrigin(ContentOrigin.Kind.OTHER, "release 2026-11"), ContentOrigin.of("release 2026-11"));
    }
}
