package io.ringfence.codecs.tws;

import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TwsTimeParserTest
{
    private final TwsTimeParser parser = new TwsTimeParser(ZoneId.of("America/New_York"));

    private long parse(final String text)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(("xx" + text).getBytes(StandardCharsets.US_ASCII));
        return parser.parse(buffer, 2, text.length());
    }

    @ParameterizedTest
    @CsvSource({
        "20240102-14:30:05, 2024-01-02T14:30:05Z",
        "20240102 09:30:05, 2024-01-02T14:30:05Z",
        "20240102  09:30:05, 2024-01-02T14:30:05Z",
        "20240702  09:30:05, 2024-07-02T13:30:05Z",
        "20240102 09:30:05 US/Eastern, 2024-01-02T14:30:05Z",
        "20240702 09:30:05 America/New_York, 2024-07-02T13:30:05Z",
        "20240102 15:30:05 MET, 2024-01-02T14:30:05Z",
        "20240702 15:30:05 Europe/Berlin, 2024-07-02T13:30:05Z",
        "20240102 09:30:05 EST, 2024-01-02T14:30:05Z",
        "20240102-14:30:05 UTC, 2024-01-02T14:30:05Z",
        "20240229  23:59:59 GMT, 2024-02-29T23:59:59Z",
        "1704205805, 2024-01-02T14:30:05Z",
        "19700101-00:00:00, 1970-01-01T00:00:00Z",
    })
    void shouldParseIbTimeFormatsToEpochMillis(final String text, final String expected)
    {
        assertThat(parse(text)).isEqualTo(Instant.parse(expected).toEpochMilli());
    }

    @Test
    void shouldFollowDaylightSavingWhenParsingManyTimesInOneZone()
    {
        assertThat(parse("20240309 12:00:00 US/Eastern")).isEqualTo(Instant.parse("2024-03-09T17:00:00Z").toEpochMilli());
        assertThat(parse("20240311 12:00:00 US/Eastern")).isEqualTo(Instant.parse("2024-03-11T16:00:00Z").toEpochMilli());
        assertThat(parse("20240309 12:00:00 US/Eastern")).isEqualTo(Instant.parse("2024-03-09T17:00:00Z").toEpochMilli());
        assertThat(parse("20241104 12:00:00")).isEqualTo(Instant.parse("2024-11-04T17:00:00Z").toEpochMilli());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2024", "20240102", "20240102 9:30:05", "20241302 09:30:05", "20240102T09:30:05",
        "20240102 09:30:05 Mars/Olympus", "2024010a 09:30:05", "20240102 25:00:00", "170420580x" })
    void shouldReturnNullTimeWhenTextIsNotATime(final String text)
    {
        assertThat(parse(text)).isEqualTo(TwsTimeParser.NULL_TIME);
    }

    @Test
    void shouldFormatUtcAndParseItBack()
    {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(32);
        final long[] times = { 0, 951_782_400_000L, 1_704_205_805_000L, 4_102_444_799_000L, -86_400_000L };
        for (final long timeMs : times)
        {
            final int length = TwsTimeParser.formatUtc(timeMs + 999, buffer, 0);
            assertThat(length).isEqualTo(TwsTimeParser.UTC_TEXT_LENGTH);
            assertThat(parser.parse(buffer, 0, length)).isEqualTo(timeMs);
        }
        TwsTimeParser.formatUtc(951_782_400_000L, buffer, 0);
        assertThat(buffer.getStringWithoutLengthAscii(0, 17)).isEqualTo("20000229-00:00:00");
    }
}
