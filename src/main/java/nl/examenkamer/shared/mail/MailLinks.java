package nl.examenkamer.shared.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the address of the page a mail is about under its signature, so that who reads it can act
 * on it in one click. Without {@code EXAMENKAMER_PUBLIC_URL} a mail says where to go in words only.
 */
@ApplicationScoped
public class MailLinks {

    @Inject
    @ConfigProperty(name = "examenkamer.public-url")
    private Optional<String> configured;

    private Optional<PublicAddress> address;

    /** A wrong address stops the deployment with its reason, rather than the first mail's transaction. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing the start creates the bean, and with it reads the address
    }

    @PostConstruct
    void read() {
        address = PublicAddress.parse(configured.orElse(null));
    }

    /** The body with the page's address as its last line, or as it was when no address is configured. */
    public String signed(String body, String path) {
        return address.map(a -> body + "\n" + a.of(path)).orElse(body);
    }
}
