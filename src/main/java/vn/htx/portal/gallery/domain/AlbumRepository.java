package vn.htx.portal.gallery.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.htx.portal.gallery.GalleryStatus;

public interface AlbumRepository extends JpaRepository<Album, Long> {

    boolean existsBySlug(String slug);

    Optional<Album> findBySlug(String slug);

    Page<Album> findAllByOrderByUpdatedAtDescIdDesc(Pageable page);

    Page<Album> findByStatusOrderByPublishedAtDescIdDesc(GalleryStatus status, Pageable page);
}
