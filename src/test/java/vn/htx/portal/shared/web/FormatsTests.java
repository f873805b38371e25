package vn.htx.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.htx.portal.support.TestPortalProperties;

class FormatsTests {

    private final Formats formats = new Formats(TestPortalProperties.defaults());

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
        assertThat(formats.iso(lateEveningUtc)).isEqualTo("2020-11-24T03:00:00+07:00");
        // an instant saved now has microseconds; HTML's datetime allows at most three digits
        assertThat(formats.iso(Instant.parse("2026-12-08T03:13:46.202555Z"))).isEqualTo("2026-12-08T10:13:46+07:00");
        assertThat(formats.date((Instant) null)).isEmpty();
    }
}
