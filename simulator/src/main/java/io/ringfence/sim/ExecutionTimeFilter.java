package io.ringfence.sim;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time criterion of a REQ_EXECUTIONS filter: {@code yyyyMMdd-HH:mm:ss} in UTC, or
 * {@code yyyyMMdd HH:mm:ss} optionally followed by a zone id (else the gateway's zone). Empty or
 * unreadable text means "since the beginning", as TWS treats a filter it cannot use.
 */
final class ExecutionTimeFilter
{
    private static final DateTimeFormatter UTC_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");
    private static final DateTimeFormatter LOCAL_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final int LOCAL_LENGTH = "yyyyMMdd HH:mm:ss".length();

    private ExecutionTimeFilter()
    {
    }

    /**
     * @param text the filter's time field.
     * @param zone the gateway's zone, for a time without one.
     * @return epoch milliseconds executions must be at or after, {@code Long.MIN_VALUE} for all.
     */
    static long parse(final CharSequence text, final ZoneId zone)
    {
        final String time = text.toString().trim();
        if (time.isEmpty())
        {
            return Long.MIN_VALUE;
        }
        try
        {
            if (time.length() > 8 && time.charAt(8) == '-')
            {
                return LocalDateTime.parse(time, UTC_FORMAT).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            final ZoneId timeZone = time.length() > LOCAL_LENGTH ? ZoneId.of(time.substring(LOCAL_LENGTH).trim()) : zone;
            return LocalDateTime.parse(time.substring(0, Math.min(time.length(), LOCAL_LENGTH)), LOCAL_FORMAT)
                .atZone(timeZone).toInstant().toEpochMilli();
        }
        catch (final DateTimeException ex)
        {
            return Long.MIN_VALUE;
        }
    }
}
