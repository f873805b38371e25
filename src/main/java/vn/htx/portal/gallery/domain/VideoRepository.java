package vn.htx.portal.gallery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.htx.portal.gallery.GalleryStatus;

public interface VideoRepository extends JpaRepository<Video, Long> {

    boolean existsBySlug(String slug);

    Optional<Video> findBySlug(String slug);

    Page<Video> findAllByOrderByUpdatedAtDescIdDesc(Pageable page);

    Page<Video> findByStatusOrderByPublishedAtDescIdDesc(GalleryStatus status, Pageable page);

    List<Video> findByStatusOrderByPublishedAtDescIdDesc(GalleryStatus status);
}
