package io.ringfence.sim.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the market is open, for the rule that orders without {@code outsideRth} fill only in regular
 * trading hours, and when the trading day closes, for DAY orders to expire.
 * <ul>
 *     <li>{@link #regular(ZoneId)}: US equities, 09:30–16:00 in the zone, Monday to Friday (no holiday
 *     calendar).</li>
 *     <li>{@link #alwaysOpen(ZoneId)}: open around the clock; the trading day ends at midnight in the zone.</li>
 * </ul>
 * Answers are cached between session boundaries, so the common call allocates nothing; a clock that
 * moves backwards (a test's) is handled by recomputing.
 */
public final class TradingHours
{
    private static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
    private static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);

    private final ZoneId zone;
    private final LocalTime openTime;
    private final LocalTime closeTime;
    private final boolean weekdaysOnly;
    private final boolean alwaysOpen;
    private long cachedFromMs = Long.MAX_VALUE;
    private long cachedUntilMs = Long.MIN_VALUE;
    private boolean cachedOpen;
    private long cachedCloseMs;

    private TradingHours(
        final ZoneId zone,
        final LocalTime openTime,
        final LocalTime closeTime,
        final boolean weekdaysOnly,
        final boolean alwaysOpen)
    {
        this.zone = zone;
        this.openTime = openTime;
        this.closeTime = closeTime;
        this.weekdaysOnly = weekdaysOnly;
        this.alwaysOpen = alwaysOpen;
    }

    /**
     * @param zone the exchange's zone, e.g. America/New_York.
     * @return 09:30–16:00 on weekdays.
     */
    public static TradingHours regular(final ZoneId zone)
    {
        return new TradingHours(zone, REGULAR_OPEN, REGULAR_CLOSE, true, false);
    }

    /**
     * @param zone zone whose midnight ends the trading day.
     * @return always open; DAY orders expire at midnight.
     */
    public static TradingHours alwaysOpen(final ZoneId zone)
    {
        return new TradingHours(zone, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false, true);
    }

    public boolean isAlwaysOpen()
    {
        return alwaysOpen;
    }

    /**
     * @param nowMs epoch milliseconds.
     * @return true inside regular trading hours.
     */
    public boolean isOpen(final long nowMs)
    {
        refresh(nowMs);
        return cachedOpen;
    }

    /**
     * @param nowMs epoch milliseconds.
     * @return the close of the trading day a DAY order placed now belongs to: today's close, or the next
     * trading day's when today's has passed or today is not a trading day.
     */
    public long dayCloseMs(final long nowMs)
    {
        refresh(nowMs);
        return cachedCloseMs;
    }

    /**
     * @param nowMs epoch milliseconds.
     * @return when {@link #isOpen(long)} or {@link #dayCloseMs(long)} may next change.
     */
    public long nextBoundaryMs(final long nowMs)
    {
        refresh(nowMs);
        return cachedUntilMs;
    }

    private void refresh(final long nowMs)
    {
        if (nowMs >= cachedFromMs && nowMs < cachedUntilMs)
        {
            return;
        }

        final ZonedDateTime now = Instant.ofEpochMilli(nowMs).atZone(zone);
        LocalDate day = now.toLocalDate();
        if (alwaysOpen)
        {
            cachedOpen = true;
            cachedFromMs = day.atStartOfDay(zone).toInstant().toEpochMilli();
            cachedCloseMs = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            cachedUntilMs = cachedCloseMs;
            return;
        }

        while (!isTradingDay(day) || !now.isBefore(day.atTime(closeTime).atZone(zone)))
        {
            day = day.plusDays(1);
        }
        final long openMs = day.atTime(openTime).atZone(zone).toInstant().toEpochMilli();
        cachedCloseMs = day.atTime(closeTime).atZone(zone).toInstant().toEpochMilli();
        cachedOpen = nowMs >= openMs;
        cachedFromMs = cachedOpen ? openMs : nowMs;
        cachedUntilMs = cachedOpen ? cachedCloseMs : openMs;
    }

    private boolean isTradingDay(final LocalDate day)
    {
        return !weekdaysOnly || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Override
    public String toString()
    {
        return alwaysOpen ? "always-open(" + zone + ")" : "regular(" + openTime + "-" + closeTime + " " + zone + ")";
    }
}
