package nl.examenkamer.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.content.ConfiguredContent;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentImporter;
import nl.examenkamer.content.ContentOrigin;
import nl.examenkamer.content.ContentStatus;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.content.ImportReport;
import nl.examenkamer.content.importing.ContentProblem;
import nl.examenkamer.content.importing.ContentRejected;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.web.PageMessages;

/**
 * The board imports exam-content: the configured source again, or an uploaded zip archive (for
 * instance to try a content branch). Problems are listed with file, line and field; nothing is
 * stored then.
 */
@Named
@ViewScoped
public class ContentImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContentImporter importer;

    @Inject
    private ConfiguredContent configured;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private ContentStatus status;

    @Inject
    private PageMessages messages;

    private transient Part upload;
    private ImportReport report;
    private List<ContentProblem> problems = List.of();

    public void importConfigured() {
        run(configured.load());
    }

    public void importUpload() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("content.upload.missing");
            return;
        }
        try (InputStream archive = upload.getInputStream()) {
            run(ContentSource.zip(ContentOrigin.upload(upload.getSubmittedFileName()), archive.readAllBytes()));
        } catch (IOException | IllegalArgumentException notReadable) {
            messages.error("content.upload.unreadable", notReadable.getMessage());
        }
    }

    private void run(ContentSource source) {
        report = null;
        problems = List.of();
        try {
            report = importer.importFrom(source);
            messages.info(report.changedAnything() ? "content.imported" : "content.unchanged");
        } catch (ContentRejected rejected) {
            problems = rejected.problems();
            messages.error("content.rejected", problems.size());
        }
    }

    public String getSource() {
        return origin(configured.description());
    }

    /** Where content came from, in the reader's language: "de meegeleverde exam-content". */
    public String origin(String stored) {
        ContentOrigin origin = ContentOrigin.of(stored);
        return origin.kind() == ContentOrigin.Kind.OTHER
                ? stored
                : messages.text("content.origin." + origin.kind(), origin.name());
    }

    public ContentStatus.StartupImport getStartup() {
        return status.last();
    }

    public List<ContentViews.ImportView> getHistory() {
        return catalog.imports(20);
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ContentProblem> getProblems() {
        return problems;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
