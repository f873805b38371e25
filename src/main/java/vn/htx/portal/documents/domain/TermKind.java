package vn.htx.portal.documents.domain;

/** The four managed lists of the document library. */
public enum TermKind {
    /** Loại văn bản: Quyết định, Công văn, … */
    TYPE,
    /** Cơ quan ban hành. */
    ISSUER,
    /** Lĩnh vực: a document may have several. */
    FIELD,
    /** Người ký. */
    SIGNER
}
