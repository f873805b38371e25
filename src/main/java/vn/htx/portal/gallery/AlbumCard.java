package vn.htx.portal.gallery;

import java.time.Instant;
import java.time.LocalDate;

/** An album in a list: its cover (first photo), title, date and how many photos it holds. */
public record AlbumCard(
        long id,
        String slug,
        String title,
        LocalDate takenOn,
        Instant publishedAt,
        String coverUrl,
        String coverAlt,
        int photoCount) {}
