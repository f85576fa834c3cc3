package io.ringfence.bench.latency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarnessOptionsTest
{
    @Test
    void shouldTakeQuickThenTheOptionsAfterIt()
    {
        final HarnessOptions options = HarnessOptions.parse(
            new String[]{ "--quick", "--layouts", "shared", "--idle", "busy-spin", "--sink", "block" });

        assertThat(options.quick()).isTrue();
        assertThat(options.rates()).containsExactly(10_000L);
        assertThat(options.layouts()).containsExactly("shared");
        assertThat(options.idle()).isEqualTo("busy-spin");
        assertThat(options.sinkSpin()).isFalse();
    }

    @Test
    void shouldNameTheOptionAndTheValueItRefuses()
    {
        assertRefused("--rates: not a whole number: 10k", "--rates", "10k");
        assertRefused("--rates: each 1..100000 per second: 200000", "--rates", "200000");
        assertRefused("--layouts: each shared or per-stage: threaded", "--layouts", "shared,threaded");
        assertRefused("--idle must be backoff, yield or busy-spin: sleep", "--idle", "sleep");
        assertRefused("--sink must be spin or block: drop", "--sink", "drop");
        assertRefused("--warmup-seconds: not a whole number: ten", "--warmup-seconds", "ten");
        assertRefused("--out needs a value", "--out");
        assertRefused("unknown option --fast", "--fast");
    }

    private static void assertRefused(final String message, final String... args)
    {
        assertThatThrownBy(() -> HarnessOptions.parse(args))
            .as(String.join(" ", args))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(message);
    }
}
