package io.drillbook.core.connect;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTest {
    final List<Duration> pauses = new ArrayList<>();
    final Retry retry = new Retry(4, Duration.ofMillis(100), pauses::add);

    @Test
    void throttledReadSucceedsAfterBackingOff() {
        AtomicInteger calls = new AtomicInteger();

        String result = retry.read("list", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ObjectStoreException(ObjectStoreException.Kind.THROTTLED, "slow down", null);
            }
            return "ok";
        });

        assertThat(result).isEqualTo("ok");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void accessDeniedIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.read("list", () -> {
            calls.incrementAndGet();
            throw new ObjectStoreException(ObjectStoreException.Kind.ACCESS_DENIED, "denied", null);
        })).isInstanceOf(ObjectStoreException.class);
        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }
}
