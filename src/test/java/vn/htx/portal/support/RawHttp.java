package vn.htx.portal.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} will not send: a Host
 * header of the test's choosing, malformed request lines, headers a proxy would add.
 */
public final class RawHttp {

    public record Answer(int status, List<String> headers, String body) {
        public List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            List<String> values = new ArrayList<>();
            for (String header : headers) {
                if (header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    values.add(header.substring(prefix.length()).strip());
                }
            }
            return values;
        }
    }

    private RawHttp() {}

    /** Sends {@code requestLine} and {@code headers} (each "Name: value") and reads the whole answer. */
    public static Answer send(int port, String requestLine, String... headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            boolean host = false;
            for (String header : headers) {
                host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
                request.append(header).append("\r\n");
            }
            if (!host) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            request.append("Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = List.of(lines).subList(1, lines.length);
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream()
                .anyMatch(h -> h.toLowerCase(Locale.ROOT).replace(" ", "").equals("transfer-encoding:chunked"));
        if (chunked) {
            body = dechunk(new ByteArrayInputStream(body));
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder sizeLine = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    sizeLine.append((char) c);
                }
            }
            String hex = sizeLine.toString().split(";")[0].strip();
            int size = hex.isEmpty() ? 0 : Integer.parseInt(hex, 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            in.readNBytes(2);
        }
    }
}
