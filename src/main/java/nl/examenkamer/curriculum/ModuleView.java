package nl.examenkamer.curriculum;

import java.io.Serializable;
import java.util.List;

/** A training module as pages and the API show it. */
public record ModuleView(
        String providerCode,
        String code,
        String title,
        String theme,
        String contactHours,
        String studyLoadHours,
        List<String> outcomes,
        boolean active,
        long version)
        implements Serializable {

    static ModuleView of(TrainingModule module) {
        return new ModuleView(
                module.provider().code(),
                module.code(),
                module.title(),
                module.theme(),
                module.contactHours().toString(),
                module.studyLoadHours().toString(),
                List.copyOf(module.outcomes()),
                module.isActive(),
                module.version());
    }
}
