package vn.htx.portal.stats.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.htx.portal.stats.domain.StatsTotal;
import vn.htx.portal.stats.domain.StatsTotalRepository;

/** The demo portal "migrated" from an old site whose counter stood at the seed page's total. */
@Component
@ConditionalOnProperty(name = "portal.demo-content", havingValue = "true", matchIfMissing = true)
class StatsDemoData implements ApplicationRunner {

    static final long SEED_PAGE_TOTAL = 49_717_045L;

    private final StatsTotalRepository totals;

    StatsDemoData(StatsTotalRepository totals) {
        this.totals = totals;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        StatsTotal row = totals.totals();
        if (row.getLegacyTotal() == 0 && row.getVisits() == 0) {
            row.setLegacyTotal(SEED_PAGE_TOTAL);
        }
    }
}
