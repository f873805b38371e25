package vn.htx.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTests {

    private final ClientAddress behindProxy = new ClientAddress(List.of("127.0.0.1", "10.0.0.0/8", "::1"));

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        assertThat(behindProxy.resolve("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindProxy.resolve("198.51.100.9", "203.0.113.7"))
                .as("not a proxy of ours: spoofed header ignored")
                .isEqualTo("198.51.100.9");
        assertThat(new ClientAddress(List.of()).resolve("127.0.0.1", "203.0.113.7"))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void theNearestUntrustedHopIsTheClient() {
        assertThat(behindProxy.resolve("10.1.2.3", "6.6.6.6, 203.0.113.7, 10.9.9.9"))
                .isEqualTo("203.0.113.7");
        assertThat(behindProxy.resolve("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
        assertThat(behindProxy.resolve("::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void rangesMatchByPrefix() {
        ClientAddress ranges = new ClientAddress(List.of("192.168.16.0/20"));
        assertThat(ranges.isTrusted("192.168.31.255")).isTrue();
        assertThat(ranges.isTrusted("192.168.32.0")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddress(List.of("proxy.example")));
    }
}
