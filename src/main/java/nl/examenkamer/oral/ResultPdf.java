package nl.examenkamer.oral;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.examenkamer.shared.HtmlPdf;
import nl.examenkamer.shared.Messages;

/** The released oral exam result as a PDF: outcome, deciding competencies, rating and feedback per competence. */
public final class ResultPdf {

    private ResultPdf() {}

    public static byte[] render(FormViews.ResultView result, Locale locale) {
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt}")
                .append(" table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px;")
                .append(
                        "vertical-align:top;text-align:left} td.level{white-space:nowrap} .pass{color:#1b5e20} .fail{color:#b71c1c}</style>")
                .append("<title>")
                .append(escape(Messages.text(locale, "oral.pdf.title")))
                .append("</title></head><body>");
        html.append("<h1>")
                .append(escape(Messages.text(locale, "oral.pdf.title")))
                .append("</h1>");
        html.append("<p>")
                .append(escape(Messages.text(
                        locale,
                        "oral.pdf.candidate",
                        result.candidateName(),
                        result.candidateNumber(),
                        result.title(),
                        result.exam().date().format(DateTimeFormatter.ISO_LOCAL_DATE))))
                .append("</p>");
        html.append("<p class=\"")
                .append(result.passed() ? "pass" : "fail")
                .append("\"><b>")
                .append(escape(Messages.text(locale, result.passed() ? "oral.result.passed" : "oral.result.failed")))
                .append("</b></p>");
        if (!result.passed()) {
            html.append("<p>")
                    .append(escape(
                            Messages.text(locale, "oral.result.deciding", String.join(", ", result.decidingNames()))))
                    .append("</p>");
        }
        html.append("<table><tr><th>")
                .append(escape(Messages.text(locale, "oral.form.competence")))
                .append("</th><th>")
                .append(escape(Messages.text(locale, "oral.form.rating")))
                .append("</th><th>")
                .append(escape(Messages.text(locale, "oral.form.feedback")))
                .append("</th></tr>");
        for (FormViews.ResultRow row : result.rows()) {
            html.append("<tr><td>")
                    .append(escape(row.name()))
                    .append("</td><td class=\"level\">")
                    .append(row.level())
                    .append(" ")
                    .append(escape(row.levelName()))
                    .append("</td><td>")
                    .append(escape(join(row.reason(), row.feedback())))
                    .append("</td></tr>");
        }
        html.append("</table><p>")
                .append(escape(Messages.text(locale, "oral.pdf.version", result.versionNo())))
                .append("</p></body></html>");
        return HtmlPdf.render(html.toString());
    }

    private static String join(String reason, String feedback) {
        if (reason == null) {
            return feedback == null ? "" : feedback;
        }
        return feedback == null ? reason : reason + " " + feedback;
    }

    private static String escape(String text) {
        return HtmlPdf.escape(text);
    }
}
