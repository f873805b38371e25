package vn.htx.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.htx.portal.PortalProperties;

/**
 * Absolute addresses for feeds, the sitemap and OpenGraph tags: the configured public URL when
 * there is one (behind a proxy the request does not know it), the request's own origin otherwise.
 */
@Component("urls")
public class PublicUrls {

    private final String configured;

    public PublicUrls(PortalProperties properties) {
        String url =
                properties.publicUrl() == null ? "" : properties.publicUrl().strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String absolute(HttpServletRequest request, String path) {
        String base = configured.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request)
                        .replaceQuery(null)
                        .build()
                        .toUriString()
                : configured;
        return base + path;
    }
}
