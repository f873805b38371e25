package vn.htx.portal.documents;

import vn.htx.portal.shared.PortalChange;

/**
 * A document of the library was written, edited, published, taken down, or had a file attached or
 * removed ({@link Kind}); or a type, issuer, signer or field was named ({@code TERM_SAVED}, then
 * {@code documentId} is the term's). Visitors see a difference when the document is or was public,
 * and always for terms: they are the library's filters.
 */
public record DocumentChanged(Kind kind, long documentId, String summary, boolean visibleToVisitors)
        implements PortalChange {

    public enum Kind {
        CREATED("document.create", "document"),
        EDITED("document.update", "document"),
        PUBLISHED("document.publish", "document"),
        UNPUBLISHED("document.unpublish", "document"),
        FILE_ATTACHED("document.attach", "document"),
        FILE_REMOVED("document.detach", "document"),
        TERM_CREATED("document.term.create", "document-term"),
        TERM_EDITED("document.term.update", "document-term");

        private final String action;
        private final String targetType;

        Kind(String action, String targetType) {
            this.action = action;
            this.targetType = targetType;
        }
    }

    @Override
    public String action() {
        return kind.action;
    }

    @Override
    public String targetType() {
        return kind.targetType;
    }

    @Override
    public Object targetId() {
        return documentId;
    }
}
