package vn.htx.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.htx.portal.PortalProperties;

class FormatsTests {

    private final Formats formats = new Formats(new PortalProperties(
            Path.of("data"),
            true,
            ZoneId.of("Asia/Ho_Chi_Minh"),
            "",
            10,
            new PortalProperties.Sidebar(5, 70, 5),
            new PortalProperties.Media(org.springframework.util.unit.DataSize.ofMegabytes(10), 40_000_000),
            new PortalProperties.Documents(org.springframework.util.unit.DataSize.ofMegabytes(50)),
            new PortalProperties.Stats(java.util.List.of(), java.time.Duration.ofMillis(200)),
            new PortalProperties.PageCache(
                    java.time.Duration.ofSeconds(1), org.springframework.util.unit.DataSize.ofMegabytes(32))));

    @Test
    void numbersUseADotAsThousandsSeparator() {
        assertThat(formats.number(49_717_045)).isEqualTo("49.717.045");
        assertThat(formats.number(5)).isEqualTo("5");
        assertThat(formats.number(1000)).isEqualTo("1.000");
    }

    @Test
    void datesAreDayMonthYearInThePortalsZone() {
        // 20:00 UTC on the 23rd is already the 24th in Việt Nam (UTC+7).
        Instant lateEveningUtc = Instant.parse("2020-11-23T20:00:00Z");
        assertThat(formats.date(lateEveningUtc)).isEqualTo("24/11/2020");
        assertThat(formats.dateTime(lateEveningUtc)).isEqualTo("03:00 24/11/2020");
        assertThat(formats.date(LocalDate.of(2019, 3, 9))).isEqualTo("09/03/2019");
        assertThat(formats.iso(lateEveningUtc)).isEqualTo("2020-11-24T03:00+07:00");
        assertThat(formats.date((Instant) null)).isEmpty();
    }
}
