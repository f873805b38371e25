package vn.htx.portal.media.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MediaFileRepository extends JpaRepository<MediaFile, Long> {

    Optional<MediaFile> findFirstBySha256(String sha256);
}
