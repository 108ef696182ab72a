package nl.examenkamer.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsUserAndPasswordIncludingColonsAndNonAscii() {
        String header =
                "Basic " + Base64.getEncoder().encodeToString("anouk:geheim:één".getBytes(StandardCharsets.UTF_8));
        BasicCredentials credentials = BasicCredentials.parse(header).orElseThrow();
        assertEquals("anouk", credentials.username());
        assertEquals("geheim:één", credentials.password());
    }

    @Test
    void ignoresOtherSchemesAndGarbage() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()))
                .isEmpty());
    }

    @Test
    void neverPrintsThePassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("anouk:geheim".getBytes(StandardCharsets.UTF_8));
        assertTrue(!BasicCredentials.parse(header).orElseThrow().toString().contains("geheim"));
    }
}
