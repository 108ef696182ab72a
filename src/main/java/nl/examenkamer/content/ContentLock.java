package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row an import locks, so that instances starting together import one after the other. */
@Entity
@Table(name = "content_lock")
public class ContentLock {

    @Id
    private Integer id;

    @Column(name = "held_since")
    private Instant heldSince;

    protected ContentLock() {}

    public void hold(Instant since) {
        this.heldSince = since;
    }
}
