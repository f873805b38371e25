package vn.htx.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.htx.portal.PortalProperties;

/**
 * Requests that send a body (forms, uploads) are read on a worker thread for as long as the client
 * takes to send it: 200 clients sending slowly held every thread, and no page was answered for a
 * minute. Only {@code portal.max-body-requests} such requests are read at once; one more is answered
 * at once with 503 and the connection closed (its body is not read), so page views, which send no
 * body, always find a free thread. Each read waits at most {@code server.tomcat.connection-timeout}
 * for the next bytes. Behind nginx (README) bodies arrive whole and at once: nginx buffers them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyGuard.class);

    private final int maxBodies;
    private final Semaphore reading;

    RequestBodyGuard(PortalProperties properties) {
        this.maxBodies = properties.maxBodyRequests();
        this.reading = new Semaphore(maxBodies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!reading.tryAcquire()) {
            log.info("Refused a request body: {} are being read already", maxBodies);
            response.setHeader("Retry-After", "10");
            SecurityHeadersFilter.writeCommonHeaders(response, request.isSecure());
            PlainErrorPage.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reading.release();
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** For tests: how many more bodies could be read right now. */
    int available() {
        return reading.availablePermits();
    }
}
