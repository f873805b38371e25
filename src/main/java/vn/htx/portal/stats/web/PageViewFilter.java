package vn.htx.portal.stats.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.shared.web.PublicPages;
import vn.htx.portal.stats.domain.AgentsPerAddress;
import vn.htx.portal.stats.domain.PageView;
import vn.htx.portal.stats.domain.StatsCounter;
import vn.htx.portal.stats.domain.UserAgents;
import vn.htx.portal.stats.domain.VisitorHasher;

/**
 * Counts page views: a GET of a public HTML page answered with 200. Assets, feeds, files, the API,
 * actuator, the login page and the back office are not page views. The request only pays for a
 * hash and a queue insert; the counting itself happens in {@link StatsCounter}'s background flush.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "portal.stats.count-page-views", havingValue = "true", matchIfMissing = true)
class PageViewFilter extends OncePerRequestFilter {

    private final StatsCounter counter;
    private final VisitorHasher hasher;
    private final Clock clock;
    private final PortalProperties properties;
    private final AgentsPerAddress agentsPerAddress = new AgentsPerAddress();

    PageViewFilter(StatsCounter counter, VisitorHasher hasher, Clock clock, PortalProperties properties) {
        this.counter = counter;
        this.hasher = hasher;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String contentType = response.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (contentType == null || !contentType.startsWith("text/html") || !PublicPages.isPage(path)) {
            return;
        }
        Instant now = clock.instant();
        String userAgent = request.getHeader("User-Agent");
        UserAgents.Described agent = UserAgents.describe(userAgent);
        boolean bot = agent.bot();
        // the client's own address: TrustedProxyValve has applied a trusted proxy's X-Forwarded-For
        String client = request.getRemoteAddr();
        String visitor = bot
                ? null
                : hasher.hash(
                        now.atZone(properties.timeZone()).toLocalDate(),
                        client,
                        agentsPerAddress.agentFor(client, userAgent, now));
        counter.record(new PageView(
                now,
                visitor,
                bot,
                path.startsWith("/bai-viet/") ? path.substring("/bai-viet/".length()) : null,
                bot ? null : externalReferrer(request),
                agent.browser(),
                agent.operatingSystem(),
                agent.device()));
    }

    private static String externalReferrer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(referer.strip()).getHost();
            if (host == null || host.equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.length() > 255 ? host.substring(0, 255) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
