package nl.examenkamer.identity;

import java.io.Serializable;

/** A training provider organisation as pages and the API show it. */
public record ProviderSummary(String code, String name) implements Serializable {

    static ProviderSummary of(ProviderOrganisation provider) {
        return new ProviderSummary(provider.code(), provider.name());
    }
}
