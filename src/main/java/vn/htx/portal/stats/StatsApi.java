package vn.htx.portal.stats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.stats.domain.StatsTotal;
import vn.htx.portal.stats.domain.StatsTotalRepository;

@Service
@Transactional(readOnly = true)
public class StatsApi {

    private final StatsTotalRepository totals;

    StatsApi(StatsTotalRepository totals) {
        this.totals = totals;
    }

    /**
     * The stored figures. Nobody is counted as online until live counting exists (its own issue),
     * so the block honestly shows 0 rather than an invented number.
     */
    public StatsSnapshot snapshot() {
        StatsTotal row = totals.totals();
        return new StatsSnapshot(0, row.getLegacyTotal() + row.getVisits());
    }
}
