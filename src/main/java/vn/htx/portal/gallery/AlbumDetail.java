package vn.htx.portal.gallery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A public album with its photos in order. */
public record AlbumDetail(
        long id,
        String slug,
        String title,
        String description,
        LocalDate takenOn,
        Instant publishedAt,
        List<PhotoView> photos) {}
