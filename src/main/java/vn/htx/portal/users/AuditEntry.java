package vn.htx.portal.users;

import java.time.Instant;
import java.util.Map;

/** One recorded back-office change: who did what to which item, when and from which address. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String summary,
        String clientIp) {

    /** Where the back office edits each kind of item, for a link from the log ({id} is the item's). */
    private static final Map<String, String> EDITED_AT = Map.ofEntries(
            Map.entry("article", "/quan-tri/bai-viet/{id}"),
            Map.entry("category", "/quan-tri/chuyen-muc/{id}"),
            Map.entry("announcement", "/quan-tri/thong-bao/{id}"),
            Map.entry("document", "/quan-tri/van-ban/{id}"),
            Map.entry("page", "/quan-tri/trang/{id}"),
            Map.entry("menu_item", "/quan-tri/menu/{id}"),
            Map.entry("org_unit", "/quan-tri/to-chuc/don-vi/{id}"),
            Map.entry("org_person", "/quan-tri/to-chuc/nguoi/{id}"),
            Map.entry("banner", "/quan-tri/banner/{id}"),
            Map.entry("web_link", "/quan-tri/banner/lien-ket/{id}"),
            Map.entry("album", "/quan-tri/thu-vien-anh/{id}"),
            Map.entry("video", "/quan-tri/video/{id}"),
            Map.entry("user", "/quan-tri/nguoi-dung/{id}"),
            Map.entry("settings", "/quan-tri/cai-dat"));

    /** The message key naming the kind of item in Vietnamese ("Bài viết"). */
    public String targetKey() {
        return "auditTarget." + targetType;
    }

    /** The back-office page of the item, or null when it has none (a login, a rebuild). */
    public String adminHref() {
        String pattern = EDITED_AT.get(targetType);
        if (pattern == null || (pattern.contains("{id}") && (targetId == null || !targetId.matches("\\d+")))) {
            return null;
        }
        return pattern.replace("{id}", targetId == null ? "" : targetId);
    }
}
