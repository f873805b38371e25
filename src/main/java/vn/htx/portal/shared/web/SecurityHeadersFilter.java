package vn.htx.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Response;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that every response carries. Every asset is served by the portal itself, so the content
 * security policy allows this origin only: no page can load a script, style or font from elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    /**
     * The back office also allows inline style attributes: the WYSIWYG editor (TinyMCE) sets them on
     * its own interface. Scripts stay same-origin only there too. What editors write is sanitised on
     * the server, so no style attribute ever reaches a public page.
     */
    /** Document files set their own policy: the browser's PDF viewer must be allowed to show them. */
    static final String FILE_PATHS = "/van-ban/tep/";

    static final String BACK_OFFICE_POLICY =
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                    + "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    /** No page of the portal uses the camera, microphone, location, payments or USB devices. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** What every answer carries, also the ones Tomcat writes itself ({@link PortalErrorReportValve}). */
    static void writeCommonHeaders(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            // https (directly, or as a trusted proxy says): browsers come back on https only
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** The headers of a public page, for an answer written outside the filter chain. */
    static void writePublicHeaders(Response response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        writeCommonHeaders(response, response.getRequest().isSecure());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backOffice = path.equals("/quan-tri") || path.startsWith("/quan-tri/") || path.equals("/dang-nhap");
        if (!path.startsWith(FILE_PATHS)) {
            response.setHeader("Content-Security-Policy", backOffice ? BACK_OFFICE_POLICY : CONTENT_SECURITY_POLICY);
        }
        if (backOffice) {
            // Pages for signed-in staff are never kept by browsers or proxies.
            response.setHeader("Cache-Control", "no-store");
        }
        writeCommonHeaders(response, request.isSecure());
        chain.doFilter(request, response);
    }
}
