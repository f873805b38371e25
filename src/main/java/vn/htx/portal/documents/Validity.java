package vn.htx.portal.documents;

import java.time.LocalDate;

/**
 * Whether a document is in force on a day. A document takes effect on its effective date ("có
 * hiệu lực từ ngày …") and stops on its expiry date ("hết hiệu lực từ ngày …"): on the expiry date
 * itself it is no longer in force. Without an effective date it is in force from its issue date.
 */
public enum Validity {
    /** Chưa có hiệu lực. */
    NOT_YET,
    /** Còn hiệu lực. */
    IN_FORCE,
    /** Hết hiệu lực. */
    EXPIRED;

    public static Validity on(LocalDate day, LocalDate issueDate, LocalDate effectiveDate, LocalDate expiryDate) {
        LocalDate start = effectiveDate != null ? effectiveDate : issueDate;
        if (expiryDate != null && !day.isBefore(expiryDate)) {
            return EXPIRED;
        }
        if (start != null && day.isBefore(start)) {
            return NOT_YET;
        }
        return IN_FORCE;
    }

    /** The value of the {@code status} filter in the URL. */
    public String slug() {
        return switch (this) {
            case NOT_YET -> "chua-co-hieu-luc";
            case IN_FORCE -> "con-hieu-luc";
            case EXPIRED -> "het-hieu-luc";
        };
    }

    public static Validity fromSlug(String slug) {
        for (Validity v : values()) {
            if (v.slug().equals(slug)) {
                return v;
            }
        }
        return null;
    }
}
