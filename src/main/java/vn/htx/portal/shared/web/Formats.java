package vn.htx.portal.shared.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.htx.portal.PortalProperties;

/**
 * How the pages write dates and numbers, the Vietnamese way: {@code 24/11/2020}, {@code 08:30
 * 24/11/2020} and {@code 49.717.045}. Templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ZoneId zone;

    public Formats(PortalProperties properties) {
        this.zone = properties.timeZone();
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : "%02d/%d".formatted(month.getMonthValue(), month.getYear());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * ISO-8601 with offset to the second, for machine-readable attributes ({@code datetime},
     * OpenGraph): HTML allows at most three digits of a fraction, and an instant saved now has six.
     */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .atZone(zone)
                        .toOffsetDateTime()
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A file size as people read it: 850 B, 120 KB, 3,4 MB. */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',') + " MB";
    }

    public String number(long value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
