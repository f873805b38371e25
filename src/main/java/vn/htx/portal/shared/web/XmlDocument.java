package vn.htx.portal.shared.web;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small, always well-formed XML writer for feeds and sitemaps. Text goes through the StAX writer,
 * which escapes markup; characters that XML 1.0 forbids (control characters pasted from office
 * documents) are dropped instead of producing a feed readers reject.
 */
public final class XmlDocument {

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    public XmlDocument() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlDocument start(String name) {
        return run(() -> xml.writeStartElement(name));
    }

    public XmlDocument attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, clean(value)));
    }

    /** A whole element with text content; nothing is written when the text is null. */
    public XmlDocument element(String name, String text) {
        if (text == null) {
            return this;
        }
        return run(() -> {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    public XmlDocument text(String text) {
        return run(() -> xml.writeCharacters(clean(text)));
    }

    public XmlDocument end() {
        return run(xml::writeEndElement);
    }

    public String finish() {
        run(xml::writeEndDocument);
        run(xml::close);
        return out.toString();
    }

    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private XmlDocument run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
