package nl.examenkamer.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.examenkamer.identity.security.ExamenkamerAuthentication;

/**
 * A user logged in with a temporary password (new account, reset by the board) sees only the
 * password page until they have chosen their own.
 */
@WebFilter(filterName = "password-change", urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null
                && session.getAttribute(ExamenkamerAuthentication.MUST_CHANGE_PASSWORD_ATTRIBUTE) != null
                && !path.equals(PASSWORD_PAGE)
                && !path.equals(ExamenkamerAuthentication.LOGIN_PAGE)
                && !path.equals("/error.xhtml")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
