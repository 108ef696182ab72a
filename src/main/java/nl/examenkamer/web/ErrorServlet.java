package nl.examenkamer.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.examenkamer.identity.LoginOutcome;
import nl.examenkamer.identity.security.ExamenkamerAuthentication;
import nl.examenkamer.shared.Incident;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;

/**
 * The error page for errors the container raises itself (a security constraint refusing a
 * request, an unknown path) and for failures that escaped the application. API paths get an RFC
 * 9457 problem document, a 500 with an incident number in the log and in the answer; pages get the
 * application's error page in the user's language.
 */
@WebServlet(name = "errors", urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int code = status == null ? 500 : status;
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            writeProblem(request, response, problem(request, code, uri, failure));
        } else {
            response.setStatus(code);
            request.setAttribute("errorStatus", code);
            String incident = incident(request, status, code, uri, failure);
            if (incident != null) {
                request.setAttribute("incident", incident);
            }
            request.getRequestDispatcher("/error.xhtml").forward(request, response);
        }
    }

    /**
     * A failure that escaped a page is logged here under a new number; an ajax request's failure was
     * logged already, and its page comes here as {@code /error?incident=…} (see AjaxIncidentHandler).
     */
    private static String incident(
            HttpServletRequest request, Integer status, int code, String uri, Throwable failure) {
        String given = request.getParameter("incident");
        if (status == null && Incident.isNumber(given)) {
            return given;
        }
        return code == 500 && failure != null ? Incident.record(failure, uri) : null;
    }

    private static Problem problem(HttpServletRequest request, int code, String uri, Throwable failure) {
        Locale locale =
                request.getHeader("Accept-Language") == null ? Messages.DUTCH : Messages.supported(request.getLocale());
        return code == 500
                ? Problems.incident(locale, failure, uri)
                : Problems.forStatus(code, locale, detailFor(request, code, locale), uri);
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        int code = problem.status();
        response.setStatus(code);
        if (code == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Examenkamer\", charset=\"UTF-8\"");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }

    private static String detailFor(HttpServletRequest request, int code, Locale locale) {
        if (code == 401
                && request.getAttribute(ExamenkamerAuthentication.OUTCOME_ATTRIBUTE) instanceof LoginOutcome outcome) {
            return switch (outcome.status()) {
                case LOCKED -> Messages.text(locale, "login.locked", LoginMessages.time(outcome.lockedUntil(), locale));
                case INACTIVE -> Messages.text(locale, "login.inactive");
                default -> Messages.text(locale, "login.invalid");
            };
        }
        String key = "problem.detail." + code;
        String text = Messages.text(locale, key);
        return text.equals(key) ? null : text;
    }
}
