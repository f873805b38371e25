package vn.htx.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;
import vn.htx.portal.search.domain.SearchFields;
import vn.htx.portal.search.domain.SearchText;
import vn.htx.portal.shared.VietnameseText;

/**
 * Maps a {@link Searchable} entity to the one shape all search indexes share. Used on each
 * indexed entity as {@code @TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))}.
 *
 * <p>Which changes re-index an entity is declared on it with the {@link #USES} parameter; changes
 * that live in other rows (a new attachment) touch the entity's {@code updatedAt}. Hibernate Search
 * gets this binder from Spring, with the portal's time zone.
 */
@Component
public class SearchableBinder implements TypeBinder {

    /**
     * The entity's properties whose change must re-index it, comma-separated. Each entity touches
     * {@code updatedAt} on every change that matters to search, so that one usually suffices; a view
     * count written in bulk changes none of them and costs no re-indexing.
     */
    public static final String USES = "uses";

    /** How many times a title (and a document number) counts against once for the body. */
    static final int TITLE_WEIGHT = 3;

    static final int SUMMARY_WEIGHT = 2;

    private final ZoneId zone;

    SearchableBinder(PortalProperties properties) {
        this.zone = properties.timeZone();
    }

    @Override
    public void bind(TypeBindingContext context) {
        for (String property : context.param(USES, String.class).split(",")) {
            context.dependencies().use(property.strip());
        }
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        var keyword = types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES);
        var stored = types.asString().projectable(Projectable.YES).searchable(Searchable.NO);
        Fields fields = new Fields(
                schema.field(SearchFields.KIND, keyword).toReference(),
                schema.field(SearchFields.SLUG, stored).toReference(),
                schema.field(SearchFields.LABEL, stored).toReference(),
                schema.field(
                                SearchFields.NUMBER,
                                types.asString()
                                        .normalizer(SearchFields.NORMALIZER_FOLDED)
                                        .projectable(Projectable.YES))
                        .toReference(),
                schema.field(SearchFields.TEXT, types.asString().analyzer(SearchFields.ANALYZER_FOLDED))
                        .multiValued()
                        .toReference(),
                schema.field(SearchFields.TEXT_EXACT, types.asString().analyzer(SearchFields.ANALYZER_EXACT))
                        .multiValued()
                        .toReference(),
                schema.field(SearchFields.TITLE, stored).toReference(),
                schema.field(SearchFields.SUMMARY, stored).toReference(),
                schema.field(SearchFields.BODY, stored).toReference(),
                schema.field(SearchFields.ATTACHMENTS, stored).toReference(),
                schema.field(
                                SearchFields.DATE,
                                types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(SearchFields.YEAR, types.asInteger().aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(SearchFields.PUBLIC, types.asBoolean()).toReference(),
                schema.field(SearchFields.VISIBLE_FROM, types.asInstant()).toReference(),
                schema.field(SearchFields.TAGS, types.asString()).multiValued().toReference(),
                schema.field(SearchFields.VALID_FROM, types.asLocalDate()).toReference(),
                schema.field(SearchFields.VALID_UNTIL, types.asLocalDate()).toReference());
        context.bridge(vn.htx.portal.search.Searchable.class, new Bridge(fields, zone));
    }

    private record Fields(
            IndexFieldReference<String> kind,
            IndexFieldReference<String> slug,
            IndexFieldReference<String> label,
            IndexFieldReference<String> number,
            IndexFieldReference<String> text,
            IndexFieldReference<String> textExact,
            IndexFieldReference<String> title,
            IndexFieldReference<String> summary,
            IndexFieldReference<String> body,
            IndexFieldReference<String> attachments,
            IndexFieldReference<Instant> date,
            IndexFieldReference<Integer> year,
            IndexFieldReference<Boolean> isPublic,
            IndexFieldReference<Instant> visibleFrom,
            IndexFieldReference<String> tags,
            IndexFieldReference<LocalDate> validFrom,
            IndexFieldReference<LocalDate> validUntil) {

        /**
         * A text goes into the two catch-all fields that are searched, {@code weight} times (a word
         * of the title counts more than one of the body, without a clause of its own in every
         * query), and once into its own stored field if it has one.
         */
        void text(DocumentElement target, IndexFieldReference<String> own, String value, int weight) {
            text(target, own, value, weight, true);
        }

        /**
         * {@code exact} false: the text is found (folded) but earns no bonus for words written with
         * the same accents (it goes into the exact field without its accents). Text read from attached files repeats what the item's own fields say and
         * may have lost or mangled its accents (a scan, a font); since the demo PDFs keep their
         * accents, a decision whose file repeats "thi đua, khen thưởng" outranked the article titled
         * with exactly those words.
         */
        void text(DocumentElement target, IndexFieldReference<String> own, String value, int weight, boolean exact) {
            String clean = SearchText.clean(value);
            if (clean != null) {
                for (int i = 0; i < weight; i++) {
                    target.addValue(text, clean);
                    // folded, it still counts in the field's length (so that ranking by length stays
                    // what it was) but none of its words matches a word typed with accents
                    target.addValue(textExact, exact ? clean : VietnameseText.fold(clean));
                }
                if (own != null) {
                    target.addValue(own, clean);
                }
            }
        }
    }

    private record Bridge(Fields fields, ZoneId zone) implements TypeBridge<vn.htx.portal.search.Searchable> {

        @Override
        public void write(
                DocumentElement target, vn.htx.portal.search.Searchable item, TypeBridgeWriteContext context) {
            target.addValue(fields.kind(), item.searchKind().name());
            target.addValue(fields.slug(), item.searchSlug());
            target.addValue(fields.label(), item.searchLabel());
            String number = SearchText.clean(item.searchNumber());
            if (number != null) {
                target.addValue(fields.number(), number.strip());
            }
            fields.text(target, null, number, TITLE_WEIGHT);
            fields.text(target, fields.title(), item.searchTitle(), TITLE_WEIGHT);
            fields.text(target, fields.summary(), item.searchSummary(), SUMMARY_WEIGHT);
            fields.text(target, null, item.searchPeople(), 1);
            fields.text(target, fields.body(), item.searchBody(), 1);
            fields.text(target, fields.attachments(), item.searchAttachments(), 1, false);
            Instant date = item.searchDate();
            if (date != null) {
                target.addValue(fields.date(), date);
                target.addValue(fields.year(), date.atZone(zone).getYear());
            }
            target.addValue(fields.isPublic(), item.searchPublic());
            target.addValue(fields.visibleFrom(), item.searchVisibleFrom());
            for (String tag : item.searchTags()) {
                target.addValue(fields.tags(), tag);
            }
            target.addValue(fields.validFrom(), item.searchValidFrom());
            target.addValue(fields.validUntil(), item.searchValidUntil());
        }
    }
}
