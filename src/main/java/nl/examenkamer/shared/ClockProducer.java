package nl.examenkamer.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one place the application reads the wall clock. Everything else injects {@link Clock}, so
 * deadlines and lock-outs can be tested with a fixed or moving clock.
 */
@ApplicationScoped
public class ClockProducer {

    /** Exams, deadlines and audit times are those of the register: Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
