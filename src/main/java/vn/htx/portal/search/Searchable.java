package vn.htx.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What an entity tells the search index about itself. Every kind of item fills the same fields,
 * so that articles, documents and announcements are ranked against each other in one list. Texts
 * are plain text (no HTML); a method with nothing to say returns null.
 */
public interface Searchable {

    SearchKind searchKind();

    /** The last part of the item's public address. */
    String searchSlug();

    String searchTitle();

    /** A document's number ("4454/QĐ-BNN-VPĐP"); null for other kinds. */
    default String searchNumber() {
        return null;
    }

    /** The lead of an article, the summary (trích yếu) of a document. */
    String searchSummary();

    String searchBody();

    /** Text extracted from attached files. */
    default String searchAttachments() {
        return null;
    }

    /** Names of people and bodies: issuing body, signer, author's signature. */
    default String searchPeople() {
        return null;
    }

    /** Shown beside a result: the category of an article, the type of a document. */
    String searchLabel();

    /** The date a result is shown and sorted with: publication, or a document's issue date. */
    Instant searchDate();

    /** Whether the public may see the item at all (published, not taken down). */
    boolean searchPublic();

    /** From when the public may see it (a scheduled article waits for its publication time). */
    Instant searchVisibleFrom();

    /** Exact values filters are made of, such as {@code type:quyet-dinh} or {@code category:tin-tuc}. */
    default Collection<String> searchTags() {
        return List.of();
    }

    /** First day of the item's validity (documents); null when it has none or it is unknown. */
    default LocalDate searchValidFrom() {
        return null;
    }

    /** The day the item stops being valid (documents; that day is no longer valid); null if none. */
    default LocalDate searchValidUntil() {
        return null;
    }
}
