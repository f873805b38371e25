package vn.htx.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicWritesTests {

    @Test
    void eachTaskRunsAtItsOwnIntervalAndOnceMoreOnStop() throws InterruptedException {
        PeriodicWrites writes = new PeriodicWrites();
        AtomicInteger often = new AtomicInteger();
        AtomicInteger everySecond = new AtomicInteger();
        AtomicInteger failing = new AtomicInteger();
        writes.register(often::incrementAndGet, Duration.ofMillis(20));
        writes.register(everySecond::incrementAndGet);
        writes.register(
                () -> {
                    failing.incrementAndGet();
                    throw new IllegalStateException("database away");
                },
                Duration.ofMillis(20));
        writes.start();
        try {
            // a failing task neither stops itself nor the others
            await().atMost(Duration.ofSeconds(5)).until(() -> often.get() >= 5 && failing.get() >= 5);
            assertThat(everySecond.get()).isLessThan(often.get());
        } finally {
            writes.stop();
        }
        int afterStop = often.get();
        int secondAfterStop = everySecond.get();
        assertThat(secondAfterStop).as("the last run on stop").isGreaterThanOrEqualTo(1);
        // nothing runs after stop: five intervals of the most frequent task pass without a run
        await("nothing runs after stop")
                .during(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(1))
                .until(() -> often.get() == afterStop);
    }

    @Test
    void anIntervalMustBePositive() {
        PeriodicWrites writes = new PeriodicWrites();
        assertThatThrownBy(() -> writes.register(() -> {}, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
