package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * IB's time texts to epoch milliseconds and back:
 * <ul>
 *     <li>{@code yyyyMMdd-HH:mm:ss}: UTC;</li>
 *     <li>{@code yyyyMMdd HH:mm:ss} (one or two spaces): the gateway's local zone, configured here;</li>
 *     <li>either followed by spaces and a zone id ({@code US/Eastern}, {@code America/New_York},
 *     {@code EST}, {@code UTC}): that zone;</li>
 *     <li>ten digits: epoch seconds; thirteen digits: epoch milliseconds.</li>
 * </ul>
 * Zone rules are resolved once per zone name and the offset is cached per DST period, so parsing
 * allocates only when it meets a new zone name or crosses a transition. Not thread safe.
 */
public final class TwsTimeParser
{
    /**
     * Returned for text that is not a time or names an unknown zone.
     */
    public static final long NULL_TIME = Long.MIN_VALUE;

    /**
     * Length of {@code yyyyMMdd-HH:mm:ss}.
     */
    public static final int UTC_TEXT_LENGTH = 17;

    private static final int DATE_LENGTH = 8;
    private static final int CLOCK_LENGTH = 8;
    private static final int EPOCH_SECONDS_LENGTH = 10;
    private static final int EPOCH_MILLIS_LENGTH = 13;
    private static final int ZONE_CACHE_SIZE = 8;
    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneCacheEntry localZone;
    private final ZoneCacheEntry utc = new ZoneCacheEntry(ZoneOffset.UTC);
    private final ZoneCacheEntry[] namedZones = new ZoneCacheEntry[ZONE_CACHE_SIZE];
    private int nextEviction;

    /**
     * @param localZone the gateway's zone, used for times without a suffix.
     */
    public TwsTimeParser(final ZoneId localZone)
    {
        this.localZone = new ZoneCacheEntry(localZone);
    }

    /**
     * @return epoch milliseconds, or {@link #NULL_TIME}.
     */
    public long parse(final DirectBuffer buffer, final int offset, final int length)
    {
        if (EPOCH_SECONDS_LENGTH == length)
        {
            final long seconds = digits(buffer, offset, EPOCH_SECONDS_LENGTH);
            return seconds < 0 ? NULL_TIME : seconds * 1000;
        }
        if (EPOCH_MILLIS_LENGTH == length)
        {
            final long millis = digits(buffer, offset, EPOCH_MILLIS_LENGTH);
            return millis <= 0 ? NULL_TIME : millis;
        }
        if (length < DATE_LENGTH + 1 + CLOCK_LENGTH)
        {
            return NULL_TIME;
        }

        final int year = (int)digits(buffer, offset, 4);
        final int month = (int)digits(buffer, offset + 4, 2);
        final int day = (int)digits(buffer, offset + 6, 2);
        final boolean utcForm = '-' == buffer.getByte(offset + DATE_LENGTH);
        int i = offset + DATE_LENGTH;
        if (!utcForm && ' ' != buffer.getByte(i))
        {
            return NULL_TIME;
        }
        if (!utcForm)
        {
            while (i < offset + length && ' ' == buffer.getByte(i))
            {
                i++;
            }
            i--;
        }
        final int clock = i + 1;
        if (clock + CLOCK_LENGTH > offset + length ||
            ':' != buffer.getByte(clock + 2) || ':' != buffer.getByte(clock + 5))
        {
            return NULL_TIME;
        }
        final int hour = (int)digits(buffer, clock, 2);
        final int minute = (int)digits(buffer, clock + 3, 2);
        final int second = (int)digits(buffer, clock + 6, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 ||
            hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        {
            return NULL_TIME;
        }

        final long localSeconds =
            daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        int zoneStart = clock + CLOCK_LENGTH;
        final int end = offset + length;
        while (zoneStart < end && ' ' == buffer.getByte(zoneStart))
        {
            zoneStart++;
        }
        final ZoneCacheEntry zone = zoneStart < end ?
            namedZone(buffer, zoneStart, end - zoneStart) : (utcForm ? utc : localZone);
        return null == zone ? NULL_TIME : (localSeconds - zone.offsetSeconds(localSeconds)) * 1000;
    }

    /**
     * Write {@code yyyyMMdd-HH:mm:ss} (UTC) for an epoch time.
     *
     * @return bytes written, {@link #UTC_TEXT_LENGTH}.
     */
    public static int formatUtc(final long epochMs, final MutableDirectBuffer buffer, final int offset)
    {
        final long seconds = Math.floorDiv(epochMs, 1000L);
        final long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        final int secondOfDay = (int)(seconds - days * SECONDS_PER_DAY);

        final long z = days + 719_468;
        final long era = Math.floorDiv(z, 146_097);
        final long dayOfEra = z - era * 146_097;
        final long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        final long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final long mp = (5 * dayOfYear + 2) / 153;
        final int day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        final int month = (int)(mp < 10 ? mp + 3 : mp - 9);
        final int year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

        putDigits(buffer, offset, year, 4);
        putDigits(buffer, offset + 4, month, 2);
        putDigits(buffer, offset + 6, day, 2);
        buffer.putByte(offset + 8, (byte)'-');
        putDigits(buffer, offset + 9, secondOfDay / 3600, 2);
        buffer.putByte(offset + 11, (byte)':');
        putDigits(buffer, offset + 12, (secondOfDay / 60) % 60, 2);
        buffer.putByte(offset + 14, (byte)':');
        putDigits(buffer, offset + 15, secondOfDay % 60, 2);
        return UTC_TEXT_LENGTH;
    }

    static long daysFromCivil(final int year, final int month, final int day)
    {
        final int y = month <= 2 ? year - 1 : year;
        final int era = (y >= 0 ? y : y - 399) / 400;
        final int yearOfEra = y - era * 400;
        final int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private ZoneCacheEntry namedZone(final DirectBuffer buffer, final int offset, final int length)
    {
        for (final ZoneCacheEntry entry : namedZones)
        {
            if (null != entry && entry.name.contentEquals(buffer, offset, length))
            {
                return entry;
            }
        }

        final String name = buffer.getStringWithoutLengthAscii(offset, length);
        final ZoneId zoneId;
        try
        {
            zoneId = ZoneId.of(name, ZoneId.SHORT_IDS);
        }
        catch (final DateTimeException ex)
        {
            return null;
        }
        final ZoneCacheEntry entry = new ZoneCacheEntry(zoneId);
        if (!entry.name.set(buffer, offset, length))
        {
            return entry;
        }
        namedZones[nextEviction] = entry;
        nextEviction = (nextEviction + 1) % ZONE_CACHE_SIZE;
        return entry;
    }

    private static long digits(final DirectBuffer buffer, final int offset, final int count)
    {
        long value = 0;
        for (int i = 0; i < count; i++)
        {
            final int digit = buffer.getByte(offset + i) - '0';
            if (digit < 0 || digit > 9)
            {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void putDigits(final MutableDirectBuffer buffer, final int offset, final int value, final int count)
    {
        int remaining = value;
        for (int i = count - 1; i >= 0; i--)
        {
            buffer.putByte(offset + i, (byte)('0' + remaining % 10));
            remaining /= 10;
        }
    }

    private static final class ZoneCacheEntry
    {
        private final AsciiField name = new AsciiField();
        private final ZoneRules rules;
        private long validFromUtcSeconds = Long.MAX_VALUE;
        private long validToUtcSeconds = Long.MIN_VALUE;
        private int offsetSeconds;

        ZoneCacheEntry(final ZoneId zoneId)
        {
            rules = zoneId.getRules();
        }

        int offsetSeconds(final long localSeconds)
        {
            final long utcSeconds = localSeconds - offsetSeconds;
            if (utcSeconds >= validFromUtcSeconds && utcSeconds < validToUtcSeconds)
            {
                return offsetSeconds;
            }

            offsetSeconds = rules.getOffset(
                LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC)).getTotalSeconds();
            final Instant instant = Instant.ofEpochSecond(localSeconds - offsetSeconds);
            final ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
            final ZoneOffsetTransition next = rules.nextTransition(instant);
            validFromUtcSeconds = null == previous ? Long.MIN_VALUE : previous.toEpochSecond();
            validToUtcSeconds = null == next ? Long.MAX_VALUE : next.toEpochSecond();
            return offsetSeconds;
        }
    }
}
