package vn.htx.portal.shared;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for HTML written in the back-office editor. Whatever the browser sends, only these
 * elements and attributes reach a public page: no script, no event handler, no style (so nothing
 * can be hidden or overlaid), no frame, and links and images only to http(s), mailto or the
 * portal's own paths.
 */
public final class HtmlPolicy {

    private static final Pattern LINK =
            Pattern.compile("(?i)^(https?://[^\\s]+|mailto:[^\\s]+|/[^/\\s][^\\s]*|#[\\w-]+)$");
    private static final Pattern IMAGE = Pattern.compile("(?i)^(https?://[^\\s]+|/media/[^\\s]+)$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,4}$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h2",
                    "h3",
                    "h4",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "figure",
                    "figcaption",
                    "table",
                    "caption",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "a",
                    "img",
                    "span",
                    "div")
            .allowAttributes("href")
            .matching(LINK)
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "img")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src")
            .matching(IMAGE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(NUMBER)
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(NUMBER)
            .onElements("td", "th")
            .allowAttributes("scope")
            .matching(Pattern.compile("^(row|col|rowgroup|colgroup)$"))
            .onElements("th")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private HtmlPolicy() {}

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** The words of an HTML fragment as a reader sees them, for the search index and summaries. */
    public static String plainText(String html) {
        return html == null || html.isBlank()
                ? ""
                : Jsoup.parseBodyFragment(html).text();
    }
}
