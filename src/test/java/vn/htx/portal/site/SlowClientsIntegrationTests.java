package vn.htx.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.PortalIntegrationTest;

/**
 * 220 clients each start a POST and then send its body one byte a second, more than the web
 * server has worker threads (200): pages must keep being answered all the while.
 */
class SlowClientsIntegrationTests extends PortalIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAreAnsweredWhileTwoHundredTwentyClientsSendBodiesSlowly() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 220; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setSoTimeout(100);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /dang-nhap HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nu")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            int answered = 0;
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < end) {
                // the slow clients go on sending, a byte each
                for (Socket socket : slow) {
                    if (!socket.isClosed()) {
                        try {
                            socket.getOutputStream().write('x');
                        } catch (IOException refusedAndClosed) {
                            socket.close();
                        }
                    }
                }
                assertThat(get("/").statusCode())
                        .as("page view %d during the attack", answered)
                        .isEqualTo(200);
                answered++;
            }
            assertThat(answered).isPositive();
            int refused = 0;
            for (Socket socket : slow) {
                if (socket.isClosed() || startsWith503(socket)) {
                    refused++;
                }
            }
            // at most portal.max-body-requests (32) are read; the rest were answered 503 and closed
            // (a few answers may still be on their way when counted)
            assertThat(refused).as("bodies refused at once").isGreaterThanOrEqualTo(150);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static boolean startsWith503(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 503");
        } catch (IOException e) {
            return false;
        }
    }
}
