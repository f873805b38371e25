package vn.htx.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlDocumentTests {

    @Test
    void escapesMarkupAndDropsCharactersXmlForbids() throws Exception {
        String xml = new XmlDocument()
                .start("item")
                .attribute("note", "a \"quoted\" <value>")
                .element("title", "Thi đua & khen thưởng <script>\u0001\u000B")
                .element("skipped", null)
                .end()
                .finish();
        Document parsed = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Thi đua & khen thưởng <script>");
        assertThat(parsed.getDocumentElement().getAttribute("note")).isEqualTo("a \"quoted\" <value>");
        assertThat(parsed.getElementsByTagName("skipped").getLength()).isZero();
    }
}
