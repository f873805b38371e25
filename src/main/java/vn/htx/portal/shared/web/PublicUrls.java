package vn.htx.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;

/**
 * Absolute addresses for feeds, the sitemap and OpenGraph tags: the configured public URL when
 * there is one (behind a proxy the request does not know it). Without it, the request's own origin,
 * but only when its host is one of {@code portal.allowed-hosts}: the Host header is the client's to
 * choose, and a kept page, feed or sitemap must never point visitors to a host an attacker named.
 * Any other host gets the first allowed one.
 */
@Component("urls")
public class PublicUrls {

    private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);

    private final String configured;
    private final Set<String> allowedHosts;
    private final String fallbackHost;

    public PublicUrls(PortalProperties properties) {
        String url =
                properties.publicUrl() == null ? "" : properties.publicUrl().strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.allowedHosts = properties.allowedHosts().stream()
                .map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.fallbackHost = properties.allowedHosts().stream()
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .findFirst()
                .orElse("localhost");
        if (configured.isEmpty() && !properties.demoContent()) {
            log.warn(
                    "PORTAL_PUBLIC_URL is not set: feeds, the sitemap and shared links use the request's address "
                            + "only for the hosts in PORTAL_ALLOWEDHOSTS ({}). Set PORTAL_PUBLIC_URL to the address "
                            + "visitors use.",
                    allowedHosts);
        }
    }

    public String absolute(HttpServletRequest request, String path) {
        return (configured.isEmpty() ? requestOrigin(request) : configured) + path;
    }

    private String requestOrigin(HttpServletRequest request) {
        String host = request.getServerName();
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            host = fallbackHost;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port) + request.getContextPath();
    }
}
