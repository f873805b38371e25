package vn.htx.portal.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The page for requests that Tomcat refuses before the portal sees them (an address that is not
 * valid UTF-8 or percent-encoding, a request line or headers over the limits): a short Vietnamese
 * page with the portal's security headers, instead of Tomcat's English "HTTP Status 400" page. Every
 * other error reaches {@code PortalErrorController}, which this valve leaves alone (it only writes
 * when nothing has been written yet).
 */
public class PortalErrorReportValve extends ErrorReportValve {

    public PortalErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            response.reset();
            response.setStatus(status);
            SecurityHeadersFilter.writePublicHeaders(response);
            Writer writer = PlainErrorPage.start(response);
            if (writer != null) {
                writer.write(PlainErrorPage.html(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is already on its way: nothing more to write
        }
    }
}
