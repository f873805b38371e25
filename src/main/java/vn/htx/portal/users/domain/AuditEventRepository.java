package vn.htx.portal.users.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    Page<AuditEvent> findByActorOrderByOccurredAtDescIdDesc(String actor, Pageable pageable);
}
