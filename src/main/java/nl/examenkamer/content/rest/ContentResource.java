package nl.examenkamer.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.examenkamer.content.ConfiguredContent;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentImporter;
import nl.examenkamer.content.ContentOrigin;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.content.ImportReport;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemFilter;
import nl.examenkamer.content.ItemStatus;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * exam-content for the exam board: importing it and reading the item bank, blueprints, frameworks
 * and curriculum. These answers include keys and rationales, so only the board may call them.
 */
@Path("content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam content")
@RolesAllowed(Role.BOARD_NAME)
public class ContentResource {

    @Inject
    private ContentImporter importer;

    @Inject
    private ConfiguredContent configured;

    @Inject
    private ItemBank itemBank;

    @Inject
    private ContentCatalog catalog;

    @POST
    @Path("imports")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import an exam-content archive (zip of the exam-content folder): all or nothing."
                    + " 422 lists every problem with file, line and field; nothing is stored then.")
    public ImportReport importArchive(byte[] archive) {
        if (archive == null || archive.length == 0) {
            throw RuleViolation.badRequest("content.archiveRequired");
        }
        ContentSource source;
        try {
            source = ContentSource.zip(ContentOrigin.api(), archive);
        } catch (IllegalArgumentException notAZip) {
            throw RuleViolation.badRequest("content.notAZip", notAZip.getMessage());
        }
        return importer.importFrom(source);
    }

    @POST
    @Path("imports/configured")
    @Operation(
            summary =
                    "Import the configured exam-content again (the folder EXAMENKAMER_CONTENT_DIR or the packaged copy)")
    public ImportReport importConfigured() {
        return importer.importFrom(configured.load());
    }

    @GET
    @Path("imports")
    @Operation(summary = "The most recent imports that changed something")
    public List<ContentViews.ImportView> imports() {
        return catalog.imports(50);
    }

    @GET
    @Path("items")
    @Operation(summary = "The item bank, filtered by theme, legal domain, title, status, needs-review or text")
    public List<ItemViews.Summary> items(
            @QueryParam("theme") String theme,
            @QueryParam("legalDomain") String legalDomain,
            @QueryParam("title") String title,
            @QueryParam("status") ItemStatus status,
            @QueryParam("needsReview") Boolean needsReview,
            @QueryParam("q") String text) {
        return itemBank.find(new ItemFilter(theme, legalDomain, title, status, needsReview, text));
    }

    @GET
    @Path("items/{code}")
    @Operation(summary = "One item with its current version and the numbers of all its versions")
    public ItemViews.Detail item(@PathParam("code") String code) {
        return itemBank.item(code).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("items/{code}/versions/{version}")
    @Operation(summary = "One version of an item, exactly as it was imported")
    public ItemViews.Version version(@PathParam("code") String code, @PathParam("version") int version) {
        return itemBank.version(code, version).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("blueprints")
    @Operation(summary = "Every blueprint with, per cell, the items it draws against the active items available")
    public List<ContentViews.BlueprintCoverage> blueprints() {
        return catalog.coverage();
    }

    @GET
    @Path("frameworks/{title}")
    @Operation(summary = "The competence framework of a title: the core competencies and the title's own")
    public List<ContentViews.CompetenceView> framework(@PathParam("title") String title) {
        List<ContentViews.CompetenceView> framework = catalog.framework(title.toUpperCase(java.util.Locale.ROOT));
        if (framework.isEmpty()) {
            throw new NotFoundException();
        }
        return framework;
    }

    @GET
    @Path("themes")
    @Operation(summary = "The curriculum themes with their learning outcomes per level")
    public List<ContentViews.ThemeView> themes() {
        return catalog.themes();
    }

    @GET
    @Path("legal-sources")
    @Operation(summary = "The register of legal sources with the dates their current texts took effect")
    public List<ContentViews.LegalSourceView> legalSources() {
        return catalog.legalSources();
    }
}
