package vn.htx.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTests {

    private static final LocalDate ISSUED = LocalDate.of(2012, 11, 20);
    private static final LocalDate EFFECTIVE = LocalDate.of(2013, 7, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2024, 7, 1);

    @Test
    void notYetInForceUntilTheEffectiveDateItself() {
        assertThat(Validity.on(EFFECTIVE.minusDays(1), ISSUED, EFFECTIVE, EXPIRY))
                .isEqualTo(Validity.NOT_YET);
        assertThat(Validity.on(EFFECTIVE, ISSUED, EFFECTIVE, EXPIRY)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void expiredFromTheExpiryDateItself() {
        assertThat(Validity.on(EXPIRY.minusDays(1), ISSUED, EFFECTIVE, EXPIRY)).isEqualTo(Validity.IN_FORCE);
        assertThat(Validity.on(EXPIRY, ISSUED, EFFECTIVE, EXPIRY)).isEqualTo(Validity.EXPIRED);
        assertThat(Validity.on(EXPIRY.plusYears(2), ISSUED, EFFECTIVE, EXPIRY)).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void withoutAnEffectiveDateTheIssueDateStartsIt() {
        assertThat(Validity.on(ISSUED.minusDays(1), ISSUED, null, null)).isEqualTo(Validity.NOT_YET);
        assertThat(Validity.on(ISSUED, ISSUED, null, null)).isEqualTo(Validity.IN_FORCE);
        assertThat(Validity.on(ISSUED.plusYears(30), ISSUED, null, null)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void statusValuesInTheAddressRoundTrip() {
        for (Validity v : Validity.values()) {
            assertThat(Validity.fromSlug(v.slug())).isEqualTo(v);
        }
        assertThat(Validity.fromSlug("linh-tinh")).isNull();
    }
}
