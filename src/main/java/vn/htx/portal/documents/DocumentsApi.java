package vn.htx.portal.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.documents.domain.LegalDocument;
import vn.htx.portal.documents.domain.LegalDocumentRepository;
import vn.htx.portal.shared.PageSlice;
import vn.htx.portal.shared.Paging;
import vn.htx.portal.shared.Slug;

@Service
@Transactional(readOnly = true)
public class DocumentsApi {

    private final LegalDocumentRepository documents;

    DocumentsApi(LegalDocumentRepository documents) {
        this.documents = documents;
    }

    /** The newest published documents by issue date, for the "Văn bản mới" block. */
    public List<DocumentCard> newest(int count) {
        return documents.findNewestPublished(PageRequest.of(0, count)).stream()
                .map(DocumentsApi::toCard)
                .toList();
    }

    public PageSlice<DocumentCard> published(int page, int size) {
        return PageSlice.of(documents.findPublished(Paging.request(page, size)), DocumentsApi::toCard);
    }

    public Optional<DocumentDetail> publishedDocument(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return documents
                .findPublishedBySlug(slug)
                .map(d -> new DocumentDetail(
                        d.getId(),
                        d.getNumber(),
                        d.getSlug(),
                        d.getSummary(),
                        d.getTitle(),
                        d.getIssueDate(),
                        d.getViewCount()));
    }

    @Transactional
    public void recordView(long documentId) {
        documents.incrementViewCount(documentId);
    }

    private static DocumentCard toCard(LegalDocument d) {
        return new DocumentCard(d.getId(), d.getNumber(), d.getSlug(), d.getIssueDate(), d.getSummary());
    }
}
