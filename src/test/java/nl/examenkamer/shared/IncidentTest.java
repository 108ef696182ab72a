package nl.examenkamer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class IncidentTest {

    @Test
    void anIncidentIsLoggedWithItsNumberWhereItHappenedAndTheCause() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(entry);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(Incident.class.getName());
        log.addHandler(capture);
        try {
            IllegalStateException cause = new IllegalStateException("broken");
            String number = Incident.record(cause, "/board/audit.xhtml");
            assertTrue(Incident.isNumber(number), number);
            assertEquals(1, logged.size());
            assertEquals(Level.SEVERE, logged.get(0).getLevel());
            assertEquals(
                    "Incident " + number + " on /board/audit.xhtml",
                    logged.get(0).getMessage());
            assertSame(cause, logged.get(0).getThrown());
            assertFalse(number.equals(Incident.record(cause, "/board/audit.xhtml")), "each incident its own number");
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void onlyAnIncidentNumberCountsAsOne() {
        assertTrue(Incident.isNumber("0f4a4a4b-56ab-461e-b61a-9e0f6e779e8e"));
        assertFalse(Incident.isNumber(null));
        assertFalse(Incident.isNumber(""));
        assertFalse(Incident.isNumber("<b>0f4a4a4b-56ab-461e-b61a-9e0f6e779e8e</b>"));
        assertFalse(Incident.isNumber("0f4a4a4b-56ab-461e-b61a-9e0f6e779e8e\nforged log line"));
    }
}
