package io.ringfence.sim.history;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioHistoryTest
{
    private final PortfolioHistory history = new PortfolioHistory("DU8730189", 3);

    @Test
    void shouldKeepNewestSamplesOldestFirstWhenFull()
    {
        for (int i = 1; i <= 5; i++)
        {
            history.record(i * 1_000L, 1, SampleTrigger.INTERVAL, units(100 + i), 0, 0, 0);
        }

        assertThat(history.size()).isEqualTo(3);
        assertThat(history.recordedCount()).isEqualTo(5);
        assertThat(history.samples()).extracting(PortfolioSample::timeMs).containsExactly(3_000L, 4_000L, 5_000L);
        assertThat(history.sample(0).cash()).isEqualTo(units(103));
    }

    @Test
    void shouldKeepPeakOfEvictedSamplesForDrawdown()
    {
        history.record(1, 1, SampleTrigger.START, units(100), 0, 0, 0);
        history.record(2, 1, SampleTrigger.FILL, units(80), units(40), 0, units(20));
        for (int i = 3; i <= 6; i++)
        {
            history.record(i, 1, SampleTrigger.INTERVAL, units(80), units(30), 0, units(10));
        }

        final PortfolioSample last = history.sample(2);
        assertThat(last.equity()).isEqualTo(units(110));
        assertThat(last.peakEquity()).isEqualTo(units(120));
        assertThat(last.drawdown()).isEqualTo(units(10));
    }

    @Test
    void shouldRestartPeakWhenGenerationChanges()
    {
        history.record(1, 1, SampleTrigger.START, units(100), 0, 0, 0);
        history.record(2, 2, SampleTrigger.RESET, units(10), 0, 0, 0);

        assertThat(history.sample(1).peakEquity()).isEqualTo(units(10));
        assertThat(history.sample(1).drawdown()).isZero();
    }

    @Test
    void shouldRefuseOutOfRangeIndexAndCapacity()
    {
        assertThatThrownBy(() -> history.sample(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new PortfolioHistory("X", 0)).hasMessageContaining("capacity");
    }

    private static long units(final long units)
    {
        return Price.ofUnits(units);
    }
}
