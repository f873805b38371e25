package vn.htx.portal.stats.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.htx.portal.stats.StatsApi;
import vn.htx.portal.stats.StatsSnapshot;

@RestController
class StatsApiController {

    private final StatsApi stats;

    StatsApiController(StatsApi stats) {
        this.stats = stats;
    }

    /** {@code {"online", "today", "yesterday", "thisMonth", "total", "pageViews"}}; never cached by proxies. */
    @GetMapping("/api/v1/stats")
    ResponseEntity<StatsSnapshot> current() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(stats.snapshot());
    }
}
