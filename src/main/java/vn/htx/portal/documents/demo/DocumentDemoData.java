package vn.htx.portal.documents.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.documents.domain.DocumentAttachment;
import vn.htx.portal.documents.domain.DocumentAttachmentRepository;
import vn.htx.portal.documents.domain.DocumentRelation;
import vn.htx.portal.documents.domain.DocumentRelationRepository;
import vn.htx.portal.documents.domain.DocumentTerm;
import vn.htx.portal.documents.domain.DocumentTermRepository;
import vn.htx.portal.documents.domain.LegalDocument;
import vn.htx.portal.documents.domain.LegalDocumentRepository;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.search.FileText;
import vn.htx.portal.shared.DemoFiles;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.shared.Slug;
import vn.htx.portal.shared.VietnameseText;

/**
 * The demo library from {@code demo/documents.tsv}: the five documents of the seed page with their
 * numbers and dates exactly as the seed shows them (including its own spellings, such as
 * {@code 628- LMHTXVN/CSPT}), and more of the kind an alliance publishes, all issued before the
 * seed's oldest so that the "Văn bản mới" block shows the seed's five. Rows marked {@code pdf} get
 * a generated PDF attachment.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);

    private final LegalDocumentRepository documents;
    private final DocumentTermRepository terms;
    private final DocumentRelationRepository relations;
    private final DocumentAttachmentRepository attachments;
    private final MediaStorage storage;
    private final Clock clock;

    DocumentDemoData(
            LegalDocumentRepository documents,
            DocumentTermRepository terms,
            DocumentRelationRepository relations,
            DocumentAttachmentRepository attachments,
            MediaStorage storage,
            Clock clock) {
        this.documents = documents;
        this.terms = terms;
        this.relations = relations;
        this.attachments = attachments;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (documents.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        Map<String, LegalDocument> byNumber = new HashMap<>();
        List<String[]> rows = rows();
        for (String[] r : rows) {
            LegalDocument d = new LegalDocument(
                    r[0],
                    Slug.unique(r[0], "van-ban", documents::existsBySlug),
                    r[8],
                    null,
                    LocalDate.parse(r[1]),
                    now);
            Set<DocumentTerm> fields = new LinkedHashSet<>();
            for (String field : r[4].split(";")) {
                if (!field.isBlank()) {
                    fields.add(term(TermKind.FIELD, field.strip()));
                }
            }
            d.describe(
                    r[0],
                    r[8],
                    null,
                    null,
                    LocalDate.parse(r[1]),
                    date(r[6]),
                    date(r[7]),
                    term(TermKind.TYPE, r[2]),
                    term(TermKind.ISSUER, r[3]),
                    r[5].isBlank() ? null : term(TermKind.SIGNER, r[5]),
                    fields,
                    now);
            d.publish(now);
            documents.saveAndFlush(d);
            byNumber.put(r[0], d);
        }
        for (String[] r : rows) {
            LegalDocument d = byNumber.get(r[0]);
            for (String relation : r[9].split(";")) {
                if (!relation.isBlank()) {
                    String[] kindAndNumber = relation.split(":", 2);
                    relations.save(new DocumentRelation(
                            d, byNumber.get(kindAndNumber[1]), DocumentRelation.Kind.valueOf(kindAndNumber[0])));
                }
            }
            if ("pdf".equals(r[10])) {
                attachPdf(d, r);
            }
        }
        log.info("Demo content: {} documents in the library", rows.size());
    }

    private void attachPdf(LegalDocument d, String[] r) {
        String[] labels = DemoFiles.tsv("demo/document-pdf.tsv", 3).get(0);
        byte[] pdf = SimplePdf.page(List.of(
                r[3].toUpperCase(VietnameseText.LOCALE),
                "",
                labels[0] + " " + r[0],
                labels[1] + " "
                        + LocalDate.parse(r[1]).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "",
                r[2].toUpperCase(VietnameseText.LOCALE),
                r[8],
                "",
                labels[2]));
        String key = "files/" + LocalDate.parse(r[1]).getYear() + "/"
                + String.format("%02d", LocalDate.parse(r[1]).getMonthValue()) + "/"
                + Hashes.sha256Hex(pdf).substring(0, 40) + ".pdf";
        try {
            storage.put(key, new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        d.attached(
                attachments.save(new DocumentAttachment(
                        d,
                        key,
                        Slug.of(r[0]) + ".pdf",
                        "application/pdf",
                        "pdf",
                        pdf.length,
                        FileText.extract(pdf, "pdf"),
                        clock.instant())),
                clock.instant());
    }

    private DocumentTerm term(TermKind kind, String name) {
        return terms.findByKindAndName(kind, name)
                .orElseGet(() -> terms.saveAndFlush(new DocumentTerm(kind, name, Slug.of(name), 100)));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static List<String[]> rows() {
        return DemoFiles.tsv("demo/documents.tsv", 11);
    }
}
