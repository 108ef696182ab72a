package nl.examenkamer.curriculum;

import java.io.Serializable;

/** What the board narrows the candidate list down to: admitted or not, a provider, a name or number. */
public record AdmissionFilter(Boolean admitted, String providerCode, String text) implements Serializable {

    public static AdmissionFilter none() {
        return new AdmissionFilter(null, null, null);
    }
}
