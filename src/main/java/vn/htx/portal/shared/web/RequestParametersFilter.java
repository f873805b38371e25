package vn.htx.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's parameters once, up front, so that what a visitor got wrong is answered with a
 * Vietnamese page and at most one line in the log, never a stack trace or a 500:
 *
 * <ul>
 *   <li>a query or form whose bytes are not valid UTF-8 ({@code ?q=%ff}): 400. Left to the first
 *       {@code getParameter} somewhere inside, Tomcat's exception escaped the application and wrote a
 *       150-line stack trace per request;
 *   <li>a multipart form whose text fields together exceed the server's limit
 *       ({@code server.tomcat.max-http-form-post-size}, far above any field's own limit, so that an
 *       over-long field is answered by the form itself with what was typed): 413.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() == null
                && request.getContentLengthLong() <= 0
                && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "parameters that are not valid UTF-8");
            return;
        } catch (IllegalStateException e) {
            if (!isMultipart(request)) {
                throw e;
            }
            // Tomcat: the text fields exceed maxPostSize, or a file its limit (the upload handling
            // answers those itself when it gets them; here they arrive first)
            // the parameters cannot be read again on the error page's way: the page is written here
            log(request, "a form over the size limits");
            PlainErrorPage.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        log(request, why);
        response.sendError(status);
    }

    private static void log(HttpServletRequest request, String why) {
        String uri = request.getRequestURI();
        log.info(
                "Refused a request with {}: {} {}",
                why,
                request.getMethod(),
                uri.length() > 200 ? uri.substring(0, 200) + "…" : uri);
    }
}
