package vn.htx.portal.stats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentsPerAddressTests {

    private final AgentsPerAddress limit = new AgentsPerAddress();
    private final Instant now = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void anAddressKeepsItsFirstAgentsAndSharesOneStandInBeyondThem() {
        for (int i = 0; i < AgentsPerAddress.MAX_AGENTS; i++) {
            assertThat(limit.agentFor("203.0.113.1", "agent/" + i, now)).isEqualTo("agent/" + i);
        }
        assertThat(limit.agentFor("203.0.113.1", "agent/new", now)).isEqualTo(AgentsPerAddress.OVER_THE_LIMIT);
        assertThat(limit.agentFor("203.0.113.1", "agent/7", now))
                .as("one seen before")
                .isEqualTo("agent/7");
        assertThat(limit.agentFor("203.0.113.2", "agent/new", now))
                .as("another address")
                .isEqualTo("agent/new");
        assertThat(limit.agentFor("203.0.113.1", "agent/new", now.plus(AgentsPerAddress.WINDOW)))
                .as("the next window")
                .isEqualTo("agent/new");
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfAddresses() {
        for (int i = 0; i < AgentsPerAddress.MAX_ADDRESSES * 3; i++) {
            limit.agentFor("2001:db8::" + Integer.toHexString(i), "agent", now);
        }
        assertThat(limit.addressesKept()).isLessThanOrEqualTo(AgentsPerAddress.MAX_ADDRESSES + 1);
    }
}
