package nl.examenkamer.written;

import static nl.examenkamer.shared.HtmlPdf.escape;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.shared.HtmlPdf;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.MomentText;

/** The session's report (proces-verbaal) as a PDF the board signs and files. */
public final class SessionReportPdf {

    private final Locale locale;
    private final ZoneId zone;
    private final Map<String, String> displayNames;
    private final StringBuilder html = new StringBuilder();

    private SessionReportPdf(Locale locale, ZoneId zone, Map<String, String> displayNames) {
        this.locale = locale;
        this.zone = zone;
        this.displayNames = displayNames;
    }

    /**
     * The report as a PDF; {@code displayNames} gives the signatories' names by account, so that
     * a signature stands next to a person's name rather than a log-in name alone.
     */
    public static byte[] render(SessionReport report, Map<String, String> displayNames, Locale locale, ZoneId zone) {
        return new SessionReportPdf(locale, zone, Map.copyOf(displayNames)).page(report);
    }

    private byte[] page(SessionReport report) {
        SessionView session = report.session();
        String title = text("report.title", session.name(), session.code());
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} h2{font-size:12pt}")
                .append(" table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px;")
                .append("vertical-align:top;text-align:left} td.when{white-space:nowrap}")
                .append(" tr{page-break-inside:avoid} tr.sign td{height:28pt} th.signature{width:45%}</style><title>")
                .append(escape(title))
                .append("</title></head><body><h1>")
                .append(escape(title))
                .append("</h1>");
        paragraph(text(
                "report.facts",
                session.examDate().toString(),
                MomentText.of(session.windowStart(), zone),
                MomentText.of(session.windowEnd(), zone),
                session.durationMinutes(),
                session.location() == null || session.location().isBlank()
                        ? text("session.online")
                        : session.location(),
                session.blueprintCode(),
                session.itemCount()));
        paragraph(text("account.status") + ": " + text("session.phase." + session.phase()));
        if (session.publishedAt() != null) {
            paragraph(text(
                    "report.published",
                    MomentText.of(session.publishedAt(), zone),
                    MomentText.of(session.inzageRequestUntil(), zone)));
        }

        heading("report.candidates");
        StringBuilder counts = new StringBuilder(text("report.enrolled", session.enrolled()));
        for (ProctorSummary.Count count : report.summary().counts()) {
            String state = count.status() == null ? "proctor.state.notStarted" : "proctor.state." + count.status();
            counts.append(' ')
                    .append(text("proctor.count", text(state), count.candidates()))
                    .append('.');
        }
        paragraph(counts.toString());

        heading("report.accommodations");
        if (report.accommodations().isEmpty()) {
            paragraph(text("report.accommodations.none"));
        } else {
            header("attendance.column.candidate_number", "enrolment.extra", "report.minutes", "report.reason");
            for (SessionReport.Accommodation accommodation : report.accommodations()) {
                row(
                        accommodation.candidateNumber(),
                        String.valueOf(accommodation.extraTimePercentage()),
                        String.valueOf(accommodation.minutes()),
                        accommodation.reason() == null ? "" : accommodation.reason());
            }
            html.append("</table>");
        }

        heading("report.withdrawals");
        if (report.withdrawals().isEmpty()) {
            paragraph(text("report.withdrawals.none"));
        } else {
            header("sessionIncident.when", "sessionIncident.by", "attendance.column.candidate_number", "report.reason");
            for (SessionReport.Withdrawal withdrawal : report.withdrawals()) {
                row(
                        MomentText.of(withdrawal.withdrawnAt(), zone),
                        withdrawal.withdrawnBy(),
                        withdrawal.candidateNumber() == null ? "" : withdrawal.candidateNumber(),
                        withdrawal.reason());
            }
            html.append("</table>");
        }

        heading("report.extraTime");
        if (report.extraTime().isEmpty()) {
            paragraph(text("report.extraTime.none"));
        } else {
            header(
                    "sessionIncident.when",
                    "sessionIncident.by",
                    "attendance.column.candidate_number",
                    "report.minutes",
                    "report.reason");
            for (SessionReport.ExtraTime given : report.extraTime()) {
                row(
                        MomentText.of(given.givenAt(), zone),
                        given.givenBy(),
                        given.candidateNumber(),
                        given.minutes() == null ? "" : given.minutes().toString(),
                        given.reason());
            }
            html.append("</table>");
        }

        heading("sessionIncident.title");
        if (report.incidents().isEmpty()) {
            paragraph(text("sessionIncident.none"));
        } else {
            header("sessionIncident.when", "sessionIncident.by", "sessionIncident.concerns", "sessionIncident.note");
            for (SessionIncident incident : report.incidents()) {
                row(
                        MomentText.of(incident.notedAt(), zone),
                        incident.notedBy(),
                        incident.concerns() == null ? text("sessionIncident.wholeSession") : incident.concerns(),
                        incident.note());
            }
            html.append("</table>");
        }

        paragraph(text("report.made", MomentText.of(report.madeAt(), zone), report.madeBy()));

        heading("report.signatures");
        paragraph(text("report.signatures.who"));
        html.append("<table><tr><th>")
                .append(escape(text("report.signatures.name")))
                .append("</th><th>")
                .append(escape(text("report.signatures.date")))
                .append("</th><th class=\"signature\">")
                .append(escape(text("report.signatures.signature")))
                .append("</th></tr>");
        // One row more than the log knows of: a proctor without an account signs there.
        for (String username : report.signatories()) {
            String displayName = displayNames.get(username);
            signatureRow(displayName == null ? username : displayName + " (" + username + ")");
        }
        signatureRow("");
        html.append("</table>");
        html.append("</body></html>");
        return HtmlPdf.render(html.toString());
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private void heading(String key) {
        html.append("<h2>").append(escape(text(key))).append("</h2>");
    }

    private void paragraph(String content) {
        html.append("<p>").append(escape(content)).append("</p>");
    }

    private void header(String... keys) {
        html.append("<table><tr>");
        for (String key : keys) {
            html.append("<th>").append(escape(text(key))).append("</th>");
        }
        html.append("</tr>");
    }

    private void signatureRow(String name) {
        html.append("<tr class=\"sign\"><td>").append(escape(name)).append("</td><td></td><td></td></tr>");
    }

    private void row(String when, String... cells) {
        html.append("<tr><td class=\"when\">").append(escape(when)).append("</td>");
        for (String cell : cells) {
            html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>");
    }
}
