package vn.htx.portal.media.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    Optional<MediaFile> findFirstBySha256(String sha256);

    /** Whether a row refers to {@code key}, as its image or as its thumbnail. */
    @Query("select count(m) > 0 from MediaFile m where m.storageKey = :key or m.thumbKey = :key")
    boolean refersTo(@Param("key") String key);
}
