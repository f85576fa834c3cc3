package io.ringfence.config;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's daily restart window, e.g. IB Gateway's auto-restart around 23:45 New York:
 * {@code "23:40-00:10 America/New_York"}. New submits are refused inside it; the session
 * reconnects by itself afterwards.
 *
 * @param startMinute minute of the day the window opens (inclusive).
 * @param endMinute   minute of the day it closes (exclusive); may be below the start (spans midnight).
 * @param zone        the time zone of those minutes.
 */
public record RestartWindow(int startMinute, int endMinute, ZoneId zone)
{
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2}) (\\S+)");

    static RestartWindow parse(final String key, final String text)
    {
        final Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches())
        {
            throw new ConfigException(key, "'" + text + "' is not HH:MM-HH:MM ZONE, e.g. 23:40-00:10 America/New_York");
        }
        try
        {
            final int start = LocalTime.parse(matcher.group(1)).toSecondOfDay() / 60;
            final int end = LocalTime.parse(matcher.group(2)).toSecondOfDay() / 60;
            if (start == end)
            {
                throw new ConfigException(key, "'" + text + "' is an empty window");
            }
            return new RestartWindow(start, end, ZoneId.of(matcher.group(3)));
        }
        catch (final DateTimeParseException ex)
        {
            throw new ConfigException(key, "'" + text + "' has a time that is not HH:MM (00:00 to 23:59)");
        }
        catch (final DateTimeException ex)
        {
            throw new ConfigException(key, "'" + text + "' names an unknown time zone");
        }
    }

    /**
     * @param minuteOfDay minute of the day in {@link #zone()}.
     */
    public boolean contains(final int minuteOfDay)
    {
        return startMinute < endMinute ?
            minuteOfDay >= startMinute && minuteOfDay < endMinute :
            minuteOfDay >= startMinute || minuteOfDay < endMinute;
    }
}
