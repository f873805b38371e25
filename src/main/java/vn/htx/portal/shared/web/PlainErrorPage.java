package vn.htx.portal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Response;
import org.springframework.web.util.HtmlUtils;
import vn.htx.portal.shared.VietnameseText;

/**
 * A short, self-contained Vietnamese error page, for answers written where the site's templates
 * cannot be used: by Tomcat itself, or for a request whose body could not even be read. The texts
 * are the error page's own, from {@code messages_vi.properties}.
 */
final class PlainErrorPage {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", VietnameseText.LOCALE);

    private PlainErrorPage() {}

    static String html(int status) {
        String kind =
                status == 400 || status == 404 || status == 413 || status == 503 ? String.valueOf(status) : "generic";
        String title = escape(message("error." + kind + ".title"));
        String text = escape(message("error." + kind + ".text"));
        String home = escape(message("error.backHome"));
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"description\" content=\"" + title + "\">"
                + "<title>" + title + "</title></head><body><main>"
                + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p>"
                + "</main></body></html>\n";
    }

    /** Sets the type and caching of the page and returns where to write it. */
    static Writer start(Response response) throws IOException {
        prepare(response);
        return response.getReporter();
    }

    /** Writes the whole page as the answer, closing the connection (the rest of the body is not read). */
    static void send(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        prepare(response);
        response.setHeader("Connection", "close");
        response.getWriter().write(html(status));
        response.flushBuffer();
    }

    private static void prepare(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String message(String key) {
        try {
            return MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            return MESSAGES.getString("error.generic.title");
        }
    }
}
