package vn.htx.portal.gallery;

import java.time.Instant;
import java.time.LocalDate;

/** A public video: title, description, poster, date and the size of its file. */
public record VideoCard(
        long id,
        String slug,
        String title,
        String description,
        LocalDate recordedOn,
        Instant publishedAt,
        String posterUrl,
        long fileSize) {}
