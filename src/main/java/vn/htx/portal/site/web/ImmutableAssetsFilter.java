package vn.htx.portal.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files whose address changes with their content never change at that address: pages link to
 * {@code /assets/css/site-<md5 of the content>.css} and to webjars by version, so these are cached
 * by browsers and proxies for a year without asking again ({@code immutable}). The same file asked
 * for by its plain name keeps the shorter default.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ImmutableAssetsFilter extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Pattern HASHED_ASSET = Pattern.compile("^/assets/.+-[0-9a-f]{32}\\.[a-z0-9]+$");
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/[0-9][^/]*/.+$");

    static boolean isImmutable(String path) {
        return HASHED_ASSET.matcher(path).matches()
                || VERSIONED_WEBJAR.matcher(path).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isImmutable(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
