package vn.htx.portal.stats;

import java.time.LocalDate;
import java.time.YearMonth;

/** Figures over time, for the statistics pages and exports. */
public final class StatsReport {

    private StatsReport() {}

    public record Day(LocalDate day, long visits, long pageViews, long botViews) {}

    public record Month(YearMonth month, long visits, long pageViews) {}

    /** A title (an article, a browser, a referring site) and how many page views it had. */
    public record Share(String name, String link, long views) {}
}
