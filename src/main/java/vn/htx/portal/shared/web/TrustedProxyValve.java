package vn.htx.portal.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the configured trusted
 * proxies ({@code portal.stats.trusted-proxies}), before anything else sees the request: the client
 * address, {@code isSecure()}, the scheme and the port are then the visitor's, so redirects stay on
 * https, the session cookie gets its {@code Secure} flag and HSTS is sent. From any other address the
 * headers are ignored (a visitor cannot claim another address or scheme).
 */
public class TrustedProxyValve extends ValveBase {

    private final ClientAddress addresses;

    public TrustedProxyValve(ClientAddress addresses) {
        super(true);
        this.addresses = addresses;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String connection = request.getRemoteAddr();
        if (!addresses.isTrusted(connection)) {
            getNext().invoke(request, response);
            return;
        }
        String originalHost = request.getRemoteHost();
        String originalScheme = request.getScheme();
        boolean originalSecure = request.isSecure();
        int originalPort = request.getServerPort();
        try {
            String client = addresses.resolve(connection, request.getHeader("X-Forwarded-For"));
            request.setRemoteAddr(client);
            request.setRemoteHost(client);
            String proto = request.getHeader("X-Forwarded-Proto");
            if ("https".equalsIgnoreCase(proto == null ? null : proto.strip())) {
                setScheme(request, "https", true, 443);
            } else if ("http".equalsIgnoreCase(proto == null ? null : proto.strip())) {
                setScheme(request, "http", false, 80);
            }
            getNext().invoke(request, response);
        } finally {
            request.setRemoteAddr(connection);
            request.setRemoteHost(originalHost);
            setScheme(request, originalScheme, originalSecure, originalPort);
        }
    }

    private static void setScheme(Request request, String scheme, boolean secure, int port) {
        request.getCoyoteRequest().scheme().setString(scheme);
        request.setSecure(secure);
        request.setServerPort(port);
    }
}
