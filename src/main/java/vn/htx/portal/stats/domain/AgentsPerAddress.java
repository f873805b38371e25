package vn.htx.portal.stats.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds how many visitors one client address can be: a visitor is its address and User-Agent, so
 * a script rotating its User-Agent from one address would otherwise count a new visitor (and visit)
 * per request. Each address may show {@link #MAX_AGENTS} different User-Agents within
 * {@link #WINDOW}; every further one is counted as one and the same visitor of that address. An
 * office or a mobile carrier's shared address with many real people stays well inside the limit
 * (people with the same phone and browser version already look alike). Per node, in bounded memory.
 */
public final class AgentsPerAddress {

    public static final int MAX_AGENTS = 100;
    public static final Duration WINDOW = Duration.ofHours(1);
    /** The stand-in User-Agent of an address's visitors over the limit. */
    public static final String OVER_THE_LIMIT = "(many user agents from one address)";

    static final int MAX_ADDRESSES = 10_000;

    private static final class Seen {
        final long windowStart;
        final int[] agents = new int[MAX_AGENTS];
        int count;

        Seen(long windowStart) {
            this.windowStart = windowStart;
        }
    }

    private final ConcurrentHashMap<String, Seen> addresses = new ConcurrentHashMap<>();

    /** The User-Agent this view's visitor is identified by: its own, or the address's stand-in. */
    public String agentFor(String address, String userAgent, Instant now) {
        long millis = now.toEpochMilli();
        Seen seen = addresses.compute(address, (key, known) -> {
            if (known == null || millis - known.windowStart >= WINDOW.toMillis()) {
                return new Seen(millis);
            }
            return known;
        });
        if (addresses.size() > MAX_ADDRESSES) {
            // a flood from very many addresses: start over rather than grow (bounded memory)
            addresses.clear();
        }
        int hash = userAgent == null ? 0 : userAgent.hashCode();
        synchronized (seen) {
            for (int i = 0; i < seen.count; i++) {
                if (seen.agents[i] == hash) {
                    return userAgent;
                }
            }
            if (seen.count < MAX_AGENTS) {
                seen.agents[seen.count++] = hash;
                return userAgent;
            }
        }
        return OVER_THE_LIMIT;
    }

    int addressesKept() {
        return addresses.size();
    }
}
