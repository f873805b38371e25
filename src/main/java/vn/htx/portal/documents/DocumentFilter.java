package vn.htx.portal.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.htx.portal.shared.Blank;

/**
 * What the visitor filters the library by, exactly as the URL says it, so that a filtered list can
 * be shared: {@code /van-ban?q=quyet+dinh&type=quyet-dinh&year=2019&status=con-hieu-luc}.
 *
 * @param q a document number or words of the summary or title, with or without diacritics
 * @param type the slug of a document type
 * @param issuer the slug of an issuing body
 * @param field the slug of a field
 * @param year the year of issue
 * @param status {@code con-hieu-luc}, {@code het-hieu-luc} or {@code chua-co-hieu-luc}
 */
public record DocumentFilter(String q, String type, String issuer, String field, Integer year, String status) {

    public static final int MAX_QUERY_LENGTH = 200;

    public DocumentFilter {
        q = Blank.toNull(q);
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        type = Blank.toNull(type);
        issuer = Blank.toNull(issuer);
        field = Blank.toNull(field);
        status = Blank.toNull(status);
        if (year != null && (year < 1900 || year > 2200)) {
            year = null;
        }
    }

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return q == null && type == null && issuer == null && field == null && year == null && status == null;
    }

    public Validity validity() {
        return Validity.fromSlug(status);
    }

    /** The list's address with this filter and {@code name} set to {@code value} (null removes it). */
    public String with(String name, Object value) {
        Map<String, Object> params = params();
        if (value == null || value.toString().isBlank()) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/van-ban");
        params.forEach(url::queryParam);
        return url.encode().build().toUriString();
    }

    /** The list's address with this filter, for the pagination links. */
    public String url() {
        return with("page", null);
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "type", type);
        put(params, "issuer", issuer);
        put(params, "field", field);
        put(params, "year", year);
        put(params, "status", status);
        return params;
    }

    private static void put(Map<String, Object> params, String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
