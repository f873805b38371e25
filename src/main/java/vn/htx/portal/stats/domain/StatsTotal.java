package vn.htx.portal.stats.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of running totals. */
@Entity
@Table(name = "stats_total")
public class StatsTotal {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "legacy_total", nullable = false)
    private long legacyTotal;

    @Column(nullable = false)
    private long visits;

    @Column(name = "page_views", nullable = false)
    private long pageViews;

    protected StatsTotal() {}

    public long getLegacyTotal() {
        return legacyTotal;
    }

    public long getVisits() {
        return visits;
    }

    public void setLegacyTotal(long legacyTotal) {
        if (legacyTotal < 0) {
            throw new IllegalArgumentException("legacy total cannot be negative");
        }
        this.legacyTotal = legacyTotal;
    }
}
