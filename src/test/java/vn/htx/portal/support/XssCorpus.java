package vn.htx.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;

/** The XSS corpus ({@code xss-payloads.txt}) and the check that sanitised HTML is harmless. */
public final class XssCorpus {

    private XssCorpus() {}

    /** Payloads from the usual XSS cheat sheets plus ways to hide or overlay content, one a line. */
    public static List<String> payloads() throws IOException {
        return new ClassPathResource("xss-payloads.txt")
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** What must never appear in sanitised HTML, whatever went in. */
    public static void assertHarmless(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(
                        document.select(
                                "script, iframe, object, embed, style, link, meta, base, form, input, button, svg, math, "
                                        + "select, textarea, video, audio, source, details, marquee, frameset, applet, template, noscript"))
                .as(html)
                .isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertThat(name)
                        .as(html)
                        .doesNotStartWith("on")
                        .isNotIn("style", "srcset", "background", "dynsrc", "lowsrc", "formaction", "srcdoc");
                assertThat(value)
                        .as(html)
                        .doesNotContain("javascript:")
                        .doesNotContain("vbscript:")
                        .doesNotStartWith("data:");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(value).as(html).doesNotStartWith("//");
                }
            }
        }
        assertThat(document.select("a[target=_blank]:not([rel~=noopener])"))
                .as(html)
                .isEmpty();
    }
}
