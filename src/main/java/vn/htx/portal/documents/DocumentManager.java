package vn.htx.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.documents.domain.AttachmentTexts;
import vn.htx.portal.documents.domain.DocumentAttachment;
import vn.htx.portal.documents.domain.DocumentAttachmentRepository;
import vn.htx.portal.documents.domain.DocumentFileType;
import vn.htx.portal.documents.domain.DocumentRelation;
import vn.htx.portal.documents.domain.DocumentRelationRepository;
import vn.htx.portal.documents.domain.DocumentTerm;
import vn.htx.portal.documents.domain.DocumentTermRepository;
import vn.htx.portal.documents.domain.LegalDocument;
import vn.htx.portal.documents.domain.LegalDocumentRepository;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.shared.Blank;
import vn.htx.portal.shared.ConcurrentEditException;
import vn.htx.portal.shared.Hashes;
import vn.htx.portal.shared.NotFoundException;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

/** Keeping the document library: editors and administrators. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
public class DocumentManager {

    /** What the document form sends. Relations are given as document numbers, one per line. */
    public record Draft(
            String number,
            String summary,
            String title,
            String fullText,
            LocalDate issueDate,
            LocalDate effectiveDate,
            LocalDate expiryDate,
            Long typeId,
            Long issuerId,
            Long signerId,
            Collection<Long> fieldIds,
            String replaces,
            String amends,
            String related) {}

    /** A document as the back office lists and edits it, whatever its status. */
    public record Editable(
            long id,
            String number,
            String slug,
            String summary,
            String title,
            String fullText,
            LocalDate issueDate,
            LocalDate effectiveDate,
            LocalDate expiryDate,
            Long typeId,
            Long issuerId,
            Long signerId,
            List<Long> fieldIds,
            String replaces,
            String amends,
            String related,
            boolean published,
            String typeName,
            List<AttachmentRow> attachments,
            long version,
            /** The message key of the status as it is: a document never published reads "Bản nháp", not "Đã gỡ". */
            String statusKey) {}

    /** An attached file in the back office: {@code slug} is its id; {@code textStatus} PENDING, DONE or NONE. */
    public record AttachmentRow(String slug, String name, String textStatus) {}

    public record TermRow(long id, TermKind kind, String name, String slug, int sortOrder) {}

    private final LegalDocumentRepository documents;
    private final DocumentTermRepository terms;
    private final DocumentAttachmentRepository attachments;
    private final DocumentRelationRepository relations;
    private final MediaStorage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalProperties properties;
    private final AttachmentTexts texts;

    DocumentManager(
            LegalDocumentRepository documents,
            DocumentTermRepository terms,
            DocumentAttachmentRepository attachments,
            DocumentRelationRepository relations,
            MediaStorage storage,
            ApplicationEventPublisher events,
            Clock clock,
            PortalProperties properties,
            AttachmentTexts texts) {
        this.documents = documents;
        this.terms = terms;
        this.attachments = attachments;
        this.relations = relations;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public PageSlice<Editable> list(int page, int size) {
        return PageSlice.of(
                documents.findAll(((PageRequest) Paging.request(page, size))
                        .withSort(Sort.by(Sort.Order.desc("issueDate"), Sort.Order.desc("id")))),
                this::toEditable);
    }

    @Transactional(readOnly = true)
    public Editable get(long id) {
        return toEditable(find(id));
    }

    @Transactional(readOnly = true)
    public List<TermRow> terms() {
        return terms.findAllByOrderByKindAscSortOrderAscNameAsc().stream()
                .map(t -> new TermRow(t.getId(), t.getKind(), t.getName(), t.getSlug(), t.getSortOrder()))
                .toList();
    }

    /**
     * Creates or changes a document. Refuses a number that another document of the same issuing
     * body already has, terms of the wrong list, and relations to numbers the library does not hold.
     */
    /**
     * Creates ({@code id} null) or saves over a document, which must still be at version
     * {@code basedOn}: otherwise {@link ConcurrentEditException}.
     */
    public Editable save(Long id, Draft draft, Long basedOn) {
        String number = draft.number().strip();
        DocumentTerm type = term(draft.typeId(), TermKind.TYPE, "typeId");
        DocumentTerm issuer = term(draft.issuerId(), TermKind.ISSUER, "issuerId");
        DocumentTerm signer = term(draft.signerId(), TermKind.SIGNER, "signerId");
        Set<DocumentTerm> fields = new LinkedHashSet<>();
        for (Long fieldId : draft.fieldIds() == null ? List.<Long>of() : draft.fieldIds()) {
            fields.add(term(fieldId, TermKind.FIELD, "fieldIds"));
        }
        for (LegalDocument other : documents.findByNumber(number)) {
            boolean sameIssuer = Objects.equals(
                    other.getIssuer() == null ? null : other.getIssuer().getId(),
                    issuer == null ? null : issuer.getId());
            if (sameIssuer && !other.getId().equals(id)) {
                throw new DocumentException("number", "documents.numberTaken", number);
            }
        }
        if (draft.expiryDate() != null
                && draft.expiryDate()
                        .isBefore(draft.effectiveDate() != null ? draft.effectiveDate() : draft.issueDate())) {
            throw new DocumentException("expiryDate", "documents.expiryBeforeStart");
        }
        Instant now = clock.instant();
        LegalDocument document;
        if (id == null) {
            String slug = Slug.unique(number, "van-ban", documents::existsBySlug);
            document = new LegalDocument(
                    number, slug, draft.summary().strip(), Blank.toNull(draft.title()), draft.issueDate(), now);
        } else {
            document = find(id);
            ConcurrentEditException.requireVersion(document.getVersion(), basedOn, "document " + id);
        }
        document.describe(
                number,
                draft.summary().strip(),
                Blank.toNull(draft.title()),
                Blank.toNull(draft.fullText()),
                draft.issueDate(),
                draft.effectiveDate(),
                draft.expiryDate(),
                type,
                issuer,
                signer,
                fields,
                now);
        documents.saveAndFlush(document);
        relations.deleteOutgoing(document.getId());
        relations.flush();
        relate(document, draft.replaces(), DocumentRelation.Kind.REPLACES, "replaces");
        relate(document, draft.amends(), DocumentRelation.Kind.AMENDS, "amends");
        relate(document, draft.related(), DocumentRelation.Kind.RELATED, "related");
        events.publishEvent(new DocumentChanged(
                id == null ? DocumentChanged.Kind.CREATED : DocumentChanged.Kind.EDITED,
                document.getId(),
                number,
                document.isPublic()));
        return toEditable(document);
    }

    public void publish(long id, boolean published) {
        LegalDocument document = find(id);
        if (published) {
            document.publish(clock.instant());
        } else {
            document.unpublish(clock.instant());
        }
        events.publishEvent(new DocumentChanged(
                published ? DocumentChanged.Kind.PUBLISHED : DocumentChanged.Kind.UNPUBLISHED,
                id,
                document.getNumber(),
                true));
    }

    /**
     * Attaches a file, checked by content. The file is streamed once to a temporary file (counted
     * and hashed on the way, never held in memory), judged by its content there, then stored; its
     * text is extracted after the answer ({@link AttachmentTexts}). On any refusal or failure no
     * file and no row remain.
     */
    public void attach(long id, String originalName, InputStream content) throws IOException {
        LegalDocument document = find(id);
        long limit = properties.documents().maxFileSize().toBytes();
        Path folder = Files.createDirectories(properties.dataDir().resolve("tmp"));
        Path received = Files.createTempFile(folder, "upload-", ".tmp");
        try {
            MessageDigest sha256 = Hashes.sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                    OutputStream out = Files.newOutputStream(received)) {
                size = copyAtMost(in, out, limit + 1);
            }
            if (size == 0) {
                throw new DocumentException("file", "documents.file.empty");
            }
            if (size > limit) {
                throw new DocumentException(
                        "file",
                        "documents.file.tooLarge",
                        properties.documents().maxFileSize().toMegabytes());
            }
            DocumentFileType type = DocumentFileType.accept(originalName, received);
            if (type == null) {
                throw new DocumentException("file", "documents.file.notAllowed");
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            ZonedDateTime now = clock.instant().atZone(properties.timeZone());
            String key = "files/%04d/%02d/%s.%s"
                    .formatted(now.getYear(), now.getMonthValue(), hash.substring(0, 40), type.extension);
            try {
                try (InputStream stored = Files.newInputStream(received)) {
                    storage.put(key, stored);
                }
                boolean hasText = type == DocumentFileType.PDF || type == DocumentFileType.DOCX;
                DocumentAttachment file = new DocumentAttachment(
                        document,
                        key,
                        cleanName(originalName, type),
                        type.contentType,
                        type.extension,
                        size,
                        null,
                        clock.instant());
                DocumentAttachment attachment = attachments.saveAndFlush(hasText ? file.awaitingText() : file);
                document.attached(attachment, clock.instant());
                if (hasText) {
                    texts.extractAfterCommit(attachment.getId());
                }
            } catch (IOException | RuntimeException e) {
                if (!attachments.existsByStorageKey(key)) {
                    storage.delete(key);
                }
                throw e;
            }
        } finally {
            Files.deleteIfExists(received);
        }
        events.publishEvent(new DocumentChanged(
                DocumentChanged.Kind.FILE_ATTACHED,
                id,
                document.getNumber() + " · " + originalName,
                document.isPublic()));
    }

    /** Copies up to {@code max} bytes and returns how many were copied (max: the input went on). */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    public void removeAttachment(long id, long attachmentId) {
        DocumentAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.getDocument().getId() == id)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        attachment.getDocument().detached(attachment, clock.instant());
        attachments.delete(attachment);
        attachments.flush();
        events.publishEvent(new DocumentChanged(
                DocumentChanged.Kind.FILE_REMOVED,
                id,
                attachment.getOriginalName(),
                attachment.getDocument().isPublic()));
    }

    public void saveTerm(Long id, TermKind kind, String name, int sortOrder) {
        String clean = name == null ? "" : name.strip();
        String slug = Slug.of(clean);
        if (slug.isEmpty()) {
            throw new DocumentException("name", "documents.term.invalid");
        }
        terms.findByKindAndSlug(kind, slug).filter(t -> !t.getId().equals(id)).ifPresent(t -> {
            throw new DocumentException("name", "documents.term.taken");
        });
        DocumentTerm term = id == null
                ? new DocumentTerm(kind, clean, slug, sortOrder)
                : terms.findById(id)
                        .filter(t -> t.getKind() == kind)
                        .orElseThrow(() -> new NotFoundException("term " + id));
        term.rename(clean, slug, sortOrder);
        terms.saveAndFlush(term);
        events.publishEvent(new DocumentChanged(
                id == null ? DocumentChanged.Kind.TERM_CREATED : DocumentChanged.Kind.TERM_EDITED,
                term.getId(),
                kind + " " + clean,
                true));
    }

    private void relate(LegalDocument document, String numbers, DocumentRelation.Kind kind, String field) {
        if (numbers == null) {
            return;
        }
        for (String line : numbers.split("[\\r\\n]+")) {
            String number = line.strip();
            if (number.isEmpty()) {
                continue;
            }
            List<LegalDocument> targets = documents.findByNumber(number);
            if (targets.isEmpty()) {
                throw new DocumentException(field, "documents.relation.unknown", number);
            }
            for (LegalDocument target : targets) {
                if (!target.getId().equals(document.getId())) {
                    relations.save(new DocumentRelation(document, target, kind));
                }
            }
        }
    }

    private DocumentTerm term(Long id, TermKind kind, String field) {
        if (id == null) {
            return null;
        }
        return terms.findById(id)
                .filter(t -> t.getKind() == kind)
                .orElseThrow(() -> new DocumentException(field, "documents.term.unknown"));
    }

    private LegalDocument find(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document " + id));
    }

    private Editable toEditable(LegalDocument d) {
        List<String> replaces = new ArrayList<>();
        List<String> amends = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (DocumentRelation r : relations.findInvolving(d.getId())) {
            if (r.getDocument().getId().equals(d.getId())) {
                (r.getRelation() == DocumentRelation.Kind.REPLACES
                                ? replaces
                                : r.getRelation() == DocumentRelation.Kind.AMENDS ? amends : related)
                        .add(r.getTarget().getNumber());
            }
        }
        List<AttachmentRow> files = attachments.findByDocumentIdOrderByIdAsc(d.getId()).stream()
                .map(a -> new AttachmentRow(
                        String.valueOf(a.getId()),
                        a.getOriginalName(),
                        a.getTextStatus().name()))
                .toList();
        return new Editable(
                d.getId(),
                d.getNumber(),
                d.getSlug(),
                d.getSummary(),
                d.getTitle(),
                d.getFullText(),
                d.getIssueDate(),
                d.getEffectiveDate(),
                d.getExpiryDate(),
                id(d.getType()),
                id(d.getIssuer()),
                id(d.getSigner()),
                d.getFields().stream().map(DocumentTerm::getId).toList(),
                String.join("\n", replaces),
                String.join("\n", amends),
                String.join("\n", related),
                d.isPublic(),
                d.getType() == null ? null : d.getType().getName(),
                files,
                d.getVersion(),
                "status." + d.getStatus().name());
    }

    private static Long id(DocumentTerm term) {
        return term == null ? null : term.getId();
    }

    private static String cleanName(String name, DocumentFileType type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (base.isEmpty()) {
            base = "tep." + type.extension;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
