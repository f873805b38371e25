package vn.htx.portal.documents;

import java.time.LocalDate;

public record DocumentDetail(
        long id, String number, String slug, String summary, String title, LocalDate issueDate, long viewCount) {}
