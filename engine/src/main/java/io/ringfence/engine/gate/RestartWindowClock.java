package io.ringfence.engine.gate;

import io.ringfence.config.RestartWindow;

import java.time.Instant;

/**
 * Whether an event's journaled time falls in a gateway's daily restart window. The zone offset is
 * looked up at most once per hour of event time (daylight saving changes on the hour), so the
 * steady state allocates nothing; time comes only from the event.
 */
final class RestartWindowClock
{
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    private final RestartWindow window;
    private long hourStartSec = Long.MIN_VALUE;
    private int offsetSec;

    RestartWindowClock(final RestartWindow window)
    {
        this.window = window;
    }

    boolean isInWindow(final long timestampNs)
    {
        if (window == null)
        {
            return false;
        }
        final long epochSec = Math.floorDiv(timestampNs, 1_000_000_000L);
        final long hourStart = epochSec - Math.floorMod(epochSec, SECONDS_PER_HOUR);
        if (hourStart != hourStartSec)
        {
            hourStartSec = hourStart;
            offsetSec = window.zone().getRules().getOffset(Instant.ofEpochSecond(hourStart)).getTotalSeconds();
        }
        return window.contains((int)(Math.floorMod(epochSec + offsetSec, SECONDS_PER_DAY) / 60));
    }
}
