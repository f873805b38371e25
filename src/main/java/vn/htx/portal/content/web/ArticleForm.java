package vn.htx.portal.content.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import vn.htx.portal.shared.ImageAddress;

/** The article editor's fields, as typed: on an error the form shows them again unchanged. */
record ArticleForm(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}")
        String title,

        @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "{article.slug.invalid}")
        @Size(max = 120, message = "{validation.tooLong}")
        String slug,

        @Size(max = 2000, message = "{validation.tooLong}") String lead,

        @NotBlank(message = "{validation.required}") @Size(max = 500_000, message = "{validation.tooLong}")
        String body,

        @NotNull(message = "{validation.required}") Long categoryId,
        @Size(max = 200, message = "{validation.tooLong}") String authorSignature,
        @Size(max = 500, message = "{validation.tooLong}") String sourceName,

        @Size(max = 500, message = "{validation.tooLong}") @ImageAddress
        String imageUrl,

        @Size(max = 500, message = "{validation.tooLong}") String imageAlt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publishAt,
        Boolean featured,
        /** The version of the article the form was opened on (optimistic locking); none for a new one. */
        Long version) {
    /** An unticked checkbox sends nothing: absent means false. */
    ArticleForm {
        featured = featured != null && featured;
    }

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", null, "", "", "", "", null, false, null);
    }

    ArticleForm withImageUrl(String url) {
        return copy(url, version);
    }

    /** The same typed text, to be saved over the version the article has now (after seeing it). */
    ArticleForm basedOn(long currentVersion) {
        return copy(imageUrl, currentVersion);
    }

    private ArticleForm copy(String image, Long basedOn) {
        return new ArticleForm(
                title,
                slug,
                lead,
                body,
                categoryId,
                authorSignature,
                sourceName,
                image,
                imageAlt,
                publishAt,
                featured,
                basedOn);
    }
}
