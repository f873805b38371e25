package vn.htx.portal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.documents.domain.DocumentAttachment;
import vn.htx.portal.documents.domain.DocumentAttachmentRepository;
import vn.htx.portal.documents.domain.DocumentRelation;
import vn.htx.portal.documents.domain.DocumentRelationRepository;
import vn.htx.portal.documents.domain.DocumentTerm;
import vn.htx.portal.documents.domain.DocumentTermRepository;
import vn.htx.portal.documents.domain.LegalDocument;
import vn.htx.portal.documents.domain.LegalDocumentRepository;
import vn.htx.portal.documents.domain.LegalDocumentSearch;
import vn.htx.portal.documents.domain.TermKind;
import vn.htx.portal.media.MediaStorage;
import vn.htx.portal.search.SearchApi;
import vn.htx.portal.search.SearchKind;
import vn.htx.portal.search.SearchRequest;
import vn.htx.portal.shared.CountBuffer;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.PeriodicWrites;
import vn.htx.portal.shared.Slug;

/** What the public pages and other modules may read of the document library: published documents only. */
@Service
@Transactional(readOnly = true)
public class DocumentsApi {

    /** A term of a managed list as filters show it. */
    public record Term(String slug, String name) {}

    /** A file to send: its bytes, name and type, already checked to belong to a published document. */
    public record Download(Resource file, String name, String contentType, long sizeBytes) {}

    private final LegalDocumentRepository documents;
    private final DocumentTermRepository terms;
    private final DocumentAttachmentRepository attachments;
    private final DocumentRelationRepository relations;
    private final MediaStorage storage;
    private final Clock clock;
    private final PortalProperties properties;
    private final CountBuffer views = new CountBuffer();
    private final TransactionTemplate transactions;
    private final SearchApi search;

    DocumentsApi(
            LegalDocumentRepository documents,
            DocumentTermRepository terms,
            DocumentAttachmentRepository attachments,
            DocumentRelationRepository relations,
            MediaStorage storage,
            Clock clock,
            PortalProperties properties,
            PeriodicWrites writes,
            TransactionTemplate transactions,
            SearchApi search) {
        this.documents = documents;
        this.terms = terms;
        this.attachments = attachments;
        this.relations = relations;
        this.storage = storage;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
        this.search = search;
        writes.register(this::writeViews);
    }

    /** The newest published documents by issue date, for the "Văn bản mới" block and the feed. */
    public List<DocumentCard> newest(int count) {
        LocalDate today = today();
        return documents.findNewestPublished(PageRequest.of(0, count)).stream()
                .map(d -> toCard(d, today))
                .toList();
    }

    public PageSlice<DocumentCard> published(int page, int size) {
        return search(DocumentFilter.none(), page, size);
    }

    /**
     * Page {@code page} of the published documents that match every filter given: newest issue date
     * first, or, when words are given ({@code q}), best match first as the search index ranks them.
     */
    public PageSlice<DocumentCard> search(DocumentFilter filter, int page, int size) {
        LocalDate today = today();
        if (filter.q() != null) {
            return searchWords(filter, page, size, today);
        }
        return PageSlice.of(
                documents.findAll(
                        LegalDocumentSearch.publishedMatching(filter, today),
                        ((PageRequest) Paging.request(page, size))
                                .withSort(Sort.by(Sort.Order.desc("issueDate"), Sort.Order.desc("id")))),
                d -> toCard(d, today));
    }

    private PageSlice<DocumentCard> searchWords(DocumentFilter filter, int page, int size, LocalDate today) {
        List<String> tags = new ArrayList<>();
        if (filter.type() != null) {
            tags.add("type:" + filter.type());
        }
        if (filter.issuer() != null) {
            tags.add("issuer:" + filter.issuer());
        }
        if (filter.field() != null) {
            tags.add("field:" + filter.field());
        }
        SearchRequest.Period period = filter.validity() == null
                ? null
                : switch (filter.validity()) {
                    case NOT_YET -> SearchRequest.Period.NOT_STARTED;
                    case IN_FORCE -> SearchRequest.Period.RUNNING;
                    case EXPIRED -> SearchRequest.Period.ENDED;
                };
        PageSlice<Long> ids = search.ids(new SearchRequest(
                filter.q(),
                Set.of(SearchKind.DOCUMENT),
                filter.year(),
                tags,
                period,
                SearchRequest.Order.RELEVANCE,
                page,
                size));
        Map<Long, LegalDocument> found = new HashMap<>();
        if (!ids.items().isEmpty()) {
            documents.findPublishedWithTypeByIdIn(ids.items()).forEach(d -> found.put(d.getId(), d));
        }
        List<DocumentCard> cards = ids.items().stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(d -> toCard(d, today))
                .toList();
        return new PageSlice<>(cards, ids.number(), ids.totalPages(), ids.totalItems());
    }

    public List<Term> terms(TermKind kind) {
        return terms.findByKindOrderBySortOrderAscNameAsc(kind).stream()
                .map(t -> new Term(t.getSlug(), t.getName()))
                .toList();
    }

    public List<Integer> years() {
        return documents.findPublishedYears();
    }

    public Optional<DocumentDetail> publishedDocument(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return documents.findPublishedDetailBySlug(slug).map(this::toDetail);
    }

    /** Counts a view in memory (written once a second); returns the count with it included. */
    public long recordView(DocumentDetail document) {
        views.increment(document.id());
        return document.viewCount() + views.pending(document.id());
    }

    private void writeViews() {
        views.writeWith(transactions, documents::addViews);
    }

    /** An attachment of a published document, or empty; {@code counted} adds one download to it and its document. */
    @Transactional
    public Optional<Download> attachment(long attachmentId, boolean counted) {
        Optional<DocumentAttachment> found = attachments.findPublished(attachmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DocumentAttachment a = found.get();
        Optional<Resource> file = storage.get(a.getStorageKey());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (counted) {
            attachments.countDownload(a.getId());
            documents.countDownload(a.getDocument().getId());
        }
        return Optional.of(new Download(file.get(), a.getOriginalName(), a.getContentType(), a.getSizeBytes()));
    }

    private DocumentDetail toDetail(LegalDocument d) {
        List<DocumentDetail.Attachment> files = attachments.findByDocumentIdOrderByIdAsc(d.getId()).stream()
                .map(a -> new DocumentDetail.Attachment(
                        a.getId(),
                        a.getOriginalName(),
                        a.getExtension(),
                        a.getContentType(),
                        a.getSizeBytes(),
                        a.getDownloadCount()))
                .toList();
        List<DocumentDetail.Relation> related = new ArrayList<>();
        for (DocumentRelation r : relations.findInvolving(d.getId())) {
            boolean outgoing = r.getDocument().getId().equals(d.getId());
            LegalDocument other = outgoing ? r.getTarget() : r.getDocument();
            if (!other.isPublic()) {
                continue;
            }
            String key = "documents.relation." + r.getRelation().name() + (outgoing ? "" : ".inverse");
            related.add(new DocumentDetail.Relation(key, other.getNumber(), other.getSlug(), other.getSummary()));
        }
        return new DocumentDetail(
                d.getId(),
                d.getNumber(),
                d.getSlug(),
                d.getSummary(),
                d.getTitle(),
                d.getFullText(),
                d.getIssueDate(),
                d.getEffectiveDate(),
                d.getExpiryDate(),
                Validity.on(today(), d.getIssueDate(), d.getEffectiveDate(), d.getExpiryDate()),
                name(d.getType()),
                name(d.getIssuer()),
                name(d.getSigner()),
                d.getFields().stream().map(DocumentTerm::getName).toList(),
                files,
                related,
                d.getViewCount(),
                d.getDownloadCount());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    private static String name(DocumentTerm term) {
        return term == null ? null : term.getName();
    }

    private static DocumentCard toCard(LegalDocument d, LocalDate today) {
        return new DocumentCard(
                d.getId(),
                d.getNumber(),
                d.getSlug(),
                d.getIssueDate(),
                d.getSummary(),
                name(d.getType()),
                Validity.on(today, d.getIssueDate(), d.getEffectiveDate(), d.getExpiryDate()));
    }
}
