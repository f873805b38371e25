package vn.htx.portal.gallery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AlbumPhotoRepository extends JpaRepository<AlbumPhoto, Long> {

    List<AlbumPhoto> findByAlbumIdOrderBySortOrderAscIdAsc(long albumId);

    long countByAlbumId(long albumId);

    /** The first photo (lowest order) of each of these albums; ties come back together. */
    @Query("select p from AlbumPhoto p where p.albumId in ?1 and p.sortOrder ="
            + " (select min(q.sortOrder) from AlbumPhoto q where q.albumId = p.albumId)")
    List<AlbumPhoto> firstPhotos(Collection<Long> albumIds);

    /** [albumId, count] for each of these albums that has photos. */
    @Query("select p.albumId, count(p) from AlbumPhoto p where p.albumId in ?1 group by p.albumId")
    List<Object[]> countsOf(Collection<Long> albumIds);
}
