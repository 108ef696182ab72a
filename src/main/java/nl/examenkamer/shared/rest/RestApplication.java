package nl.examenkamer.shared.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import nl.examenkamer.identity.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The public REST API under {@code /api/v1}. Every resource method declares who may call it
 * ({@code @RolesAllowed}, {@code @PermitAll} for the few public ones); every error is an RFC 9457
 * problem document. The OpenAPI description is served by Payara at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Role.CANDIDATE_NAME, Role.EXAMINER_NAME, Role.PROVIDER_NAME, Role.BOARD_NAME})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Examenkamer API",
                        version = "1",
                        description = "Exams, curriculum hours, admission and the register of the RNVC case managers."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "apiKey")})
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = "basic",
            type = SecuritySchemeType.HTTP,
            scheme = "basic",
            description = "User name and password of an Examenkamer account."),
    @SecurityScheme(
            securitySchemeName = "apiKey",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            description = "A training provider's API key, issued by the exam board.")
})
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey enforces @RolesAllowed on resources that are CDI beans only with this feature.
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.beanValidation.enableOutputValidationErrorEntity.server",
                false);
    }
}
