package io.ringfence.tws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The token bucket, driven by a hand-set clock.
 */
class TwsPacerTest
{
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowBurstThenOneMessagePerIntervalWhenOverBudget()
    {
        final TwsPacer pacer = new TwsPacer(45, 5, 1);
        final long t0 = 1_000 * SECOND;

        int sent = 0;
        while (pacer.tryAcquire(t0, false))
        {
            sent++;
        }
        assertThat(sent).isEqualTo(4);                      // burst 5 minus the cancel reserve
        assertThat(pacer.tryAcquire(t0, true)).isTrue();    // the reserve is for cancels
        assertThat(pacer.tryAcquire(t0, true)).isFalse();

        final long wait = pacer.nanosUntilAvailable(t0, false);
        assertThat(wait).isBetween(2 * SECOND / 45 - MS, 2 * SECOND / 45 + MS);
        assertThat(pacer.tryAcquire(t0 + wait - MS, false)).isFalse();
    }

    @Test
    void shouldNeverExceedIbLimitInAnyOneSecondWindowWhenSaturated()
    {
        final TwsPacer pacer = new TwsPacer(45, 5, 1);
        final long t0 = 5 * SECOND;
        final long[] sentAt = new long[1000];
        int count = 0;
        for (long now = t0; now < t0 + 10 * SECOND && count < sentAt.length; now += MS)
        {
            while (count < sentAt.length && pacer.tryAcquire(now, 0 == count % 7))
            {
                sentAt[count++] = now;
            }
        }
        int maxInWindow = 0;
        for (int i = 0, j = 0; i < count; i++)
        {
            while (sentAt[i] - sentAt[j] >= SECOND)
            {
                j++;
            }
            maxInWindow = Math.max(maxInWindow, i - j + 1);
        }
        assertThat(maxInWindow).isLessThanOrEqualTo(50);
        assertThat(count).isBetween(440, 460);              // ~45/s over 10 s plus the burst
    }

    @Test
    void shouldRefillToCapacityOnlyWhenIdleLong()
    {
        final TwsPacer pacer = new TwsPacer(10, 3, 0);
        assertThat(pacer.tokens(0)).isEqualTo(3);
        pacer.tryAcquire(0, false);
        pacer.tryAcquire(0, false);
        pacer.tryAcquire(0, false);
        assertThat(pacer.tokens(0)).isZero();
        assertThat(pacer.tokens(100 * MS)).isEqualTo(1);
        assertThat(pacer.tokens(3_600 * SECOND)).isEqualTo(3);
        assertThat(pacer.nanosUntilAvailable(3_600 * SECOND, false)).isZero();
    }

    @Test
    void shouldRefuseConfigurationWhenReserveLeavesNothingForOrders()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsPacer(45, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsPacer(0, 5, 1));
    }

    @Test
    void shouldGrantEveryMessageAtOnceWhenPacingIsOff()
    {
        final TwsPacer pacer = TwsPacer.off();
        final long t0 = 7 * SECOND;

        for (int i = 0; i < 10_000; i++)
        {
            assertThat(pacer.tryAcquire(t0, false)).isTrue();
        }
        assertThat(pacer.isEnabled()).isFalse();
        assertThat(pacer.nanosUntilAvailable(t0, false)).isZero();
        assertThat(new TwsPacer(45, 5, 1).isEnabled()).isTrue();
    }
}
