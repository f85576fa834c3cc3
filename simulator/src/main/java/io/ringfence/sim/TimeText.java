package io.ringfence.sim;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * IB's time text, {@code yyyyMMdd HH:mm:ss <zone>} (e.g. {@code 20240102 09:30:00 America/New_York}), as
 * TWS writes it in the handshake reply and in executions. Formats at most once per second.
 */
final class TimeText
{
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    private final ZoneId zone;
    private final String zoneSuffix;
    private long cachedSecond = Long.MIN_VALUE;
    private String cachedText = "";

    TimeText(final ZoneId zone)
    {
        this.zone = zone;
        this.zoneSuffix = " " + zone.getId();
    }

    String format(final long epochMs)
    {
        final long second = Math.floorDiv(epochMs, 1000L);
        if (second != cachedSecond)
        {
            cachedSecond = second;
            cachedText = FORMAT.format(Instant.ofEpochSecond(second).atZone(zone)) + zoneSuffix;
        }
        return cachedText;
    }
}
