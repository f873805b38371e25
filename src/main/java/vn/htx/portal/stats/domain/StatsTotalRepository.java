package vn.htx.portal.stats.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatsTotalRepository extends JpaRepository<StatsTotal, Integer> {

    default StatsTotal totals() {
        return findById(StatsTotal.ID).orElseThrow(() -> new IllegalStateException("stats_total row is missing"));
    }
}
