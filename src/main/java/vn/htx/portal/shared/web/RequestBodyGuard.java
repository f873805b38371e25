package vn.htx.portal.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests that send a body (forms, uploads) are read on a worker thread for as long as the client
 * takes to send it: 200 clients sending slowly held every thread, and no page was answered for a
 * minute. Only {@code portal.max-body-requests} such requests are read at once; one more is answered
 * at once with a Vietnamese 503 and its connection closed without reading (nor swallowing) its body,
 * so page views, which send no body, always find a free thread. A small body that arrived with its
 * headers (a login, most forms) needs no turn. Each read waits at most
 * {@code server.tomcat.connection-timeout} for the next bytes. Behind nginx (README) bodies arrive
 * whole and at once: nginx buffers them. A Tomcat valve, so that it runs before anything reads.
 */
public class RequestBodyGuard extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyGuard.class);

    private final int maxBodies;
    private final Semaphore reading;

    public RequestBodyGuard(int maxBodies) {
        super(true);
        this.maxBodies = maxBodies;
        this.reading = new Semaphore(maxBodies);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!hasBody(request) || arrivedWhole(request)) {
            getNext().invoke(request, response);
            return;
        }
        if (!reading.tryAcquire()) {
            log.info("Refused a request body: {} are being read already", maxBodies);
            // neither read nor swallowed: the connection is closed after this answer
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            response.setHeader("Retry-After", "10");
            SecurityHeadersFilter.writePublicHeaders(response);
            PlainErrorPage.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.finishResponse();
            return;
        }
        try {
            getNext().invoke(request, response);
        } finally {
            reading.release();
        }
    }

    /**
     * A small body that came with the headers (a login, most forms) is read without waiting for the
     * client: it needs no turn. Asked without blocking.
     */
    private static boolean arrivedWhole(Request request) {
        long length = request.getContentLengthLong();
        if (length <= 0 || length > WHOLE_BODY_LIMIT) {
            return false;
        }
        request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
        return request.getCoyoteRequest().getAvailable() >= length;
    }

    /** Bodies up to this size are looked for among the bytes already received. */
    static final int WHOLE_BODY_LIMIT = 64 * 1024;

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
