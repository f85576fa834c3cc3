package io.ringfence.sim.market;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TradingHoursTest
{
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TradingHours regular = TradingHours.regular(NEW_YORK);

    @Test
    void shouldBeOpenFromNineThirtyToFourOnWeekdaysOnly()
    {
        assertThat(regular.isOpen(ms("2024-01-02T09:29:59"))).isFalse();
        assertThat(regular.isOpen(ms("2024-01-02T09:30:00"))).isTrue();
        assertThat(regular.isOpen(ms("2024-01-02T15:59:59"))).isTrue();
        assertThat(regular.isOpen(ms("2024-01-02T16:00:00"))).isFalse();
        assertThat(regular.isOpen(ms("2024-01-06T12:00:00"))).as("Saturday").isFalse();
        assertThat(regular.isOpen(ms("2024-01-02T10:00:00"))).as("clock moved back").isTrue();
    }

    @Test
    void shouldCloseDayOrdersAtTodaysCloseOrNextTradingDaysClose()
    {
        assertThat(regular.dayCloseMs(ms("2024-01-02T08:00:00"))).isEqualTo(ms("2024-01-02T16:00:00"));
        assertThat(regular.dayCloseMs(ms("2024-01-02T12:00:00"))).isEqualTo(ms("2024-01-02T16:00:00"));
        assertThat(regular.dayCloseMs(ms("2024-01-05T17:00:00"))).as("Friday evening").isEqualTo(ms("2024-01-08T16:00:00"));
    }

    @Test
    void shouldTellNextBoundary()
    {
        assertThat(regular.nextBoundaryMs(ms("2024-01-02T08:00:00"))).isEqualTo(ms("2024-01-02T09:30:00"));
        assertThat(regular.nextBoundaryMs(ms("2024-01-02T09:30:00"))).isEqualTo(ms("2024-01-02T16:00:00"));
    }

    @Test
    void shouldBeAlwaysOpenAndEndDayAtMidnight()
    {
        final TradingHours always = TradingHours.alwaysOpen(NEW_YORK);

        assertThat(always.isOpen(ms("2024-01-06T03:00:00"))).isTrue();
        assertThat(always.dayCloseMs(ms("2024-01-06T03:00:00"))).isEqualTo(ms("2024-01-07T00:00:00"));
    }

    static long ms(final String localNewYork)
    {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localNewYork), NEW_YORK).toInstant().toEpochMilli();
    }
}
