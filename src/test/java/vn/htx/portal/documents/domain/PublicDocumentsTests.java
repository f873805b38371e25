package vn.htx.portal.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.htx.portal.support.PortalDataJpaTest;

/** The library's one rule of "public": published until taken down, in the entity and in every query. */
@PortalDataJpaTest
class PublicDocumentsTests {

    @Autowired
    private LegalDocumentRepository documents;

    private final Instant now = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void everyListAndPageShowsWhatTheEntitySaysIsPublic() {
        LegalDocument published = document("01/QT-THU", true);
        LegalDocument draft = document("02/QT-THU", false);
        LegalDocument takenDown = document("03/QT-THU", true);
        takenDown.unpublish(now);
        documents.flush();
        List<LegalDocument> mine = List.of(published, draft, takenDown);

        assertThat(mine.stream().filter(LegalDocument::isPublic)).containsExactly(published);
        assertThat(documents.findPublished(PageRequest.of(0, 1000)).getContent())
                .contains(published)
                .doesNotContain(draft, takenDown);
        assertThat(documents.findNewestPublished(PageRequest.of(0, 1000)))
                .contains(published)
                .doesNotContain(draft, takenDown);
        assertThat(documents.findPublishedWithTypeByIdIn(
                        mine.stream().map(LegalDocument::getId).toList()))
                .containsExactly(published);
        for (LegalDocument d : mine) {
            assertThat(documents.findPublishedDetailBySlug(d.getSlug()).isPresent())
                    .as(d.getNumber())
                    .isEqualTo(d.isPublic());
        }
        assertThat(documents.findPublishedYears()).contains(2031);
        takenDownOnlyYear();
    }

    /** A year with only documents that are not public is not offered as a filter. */
    private void takenDownOnlyYear() {
        LegalDocument hidden = new LegalDocument("04/QT-THU", "04-qt-thu", "Ẩn", null, LocalDate.of(1999, 1, 2), now);
        documents.saveAndFlush(hidden);
        assertThat(documents.findPublishedYears()).doesNotContain(1999);
    }

    private LegalDocument document(String number, boolean publish) {
        LegalDocument document = new LegalDocument(
                number,
                number.replace('/', '-').toLowerCase(),
                "Văn bản thử " + number,
                null,
                LocalDate.of(2031, 3, 4),
                now);
        if (publish) {
            document.publish(now);
        }
        return documents.save(document);
    }
}
