package nl.examenkamer.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a provider recorded hours for a candidate: the candidates a provider sees are exactly these. */
@Entity
@Table(name = "provider_candidate")
@IdClass(ProviderCandidate.Key.class)
public class ProviderCandidate {

    @Id
    @Column(name = "provider_id")
    private Long providerId;

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    private Instant since;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long providerId;
        private Long candidateId;

        public Key() {}

        public Key(Long providerId, Long candidateId) {
            this.providerId = providerId;
            this.candidateId = candidateId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(providerId, that.providerId)
                    && Objects.equals(candidateId, that.candidateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, candidateId);
        }
    }

    protected ProviderCandidate() {}

    public ProviderCandidate(Long providerId, Long candidateId, Instant since) {
        this.providerId = providerId;
        this.candidateId = candidateId;
        this.since = since;
    }
}
