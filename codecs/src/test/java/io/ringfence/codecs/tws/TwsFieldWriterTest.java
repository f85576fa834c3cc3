package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

class TwsFieldWriterTest
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(256);
    private final TwsFieldWriter writer = new TwsFieldWriter();

    @ParameterizedTest
    @CsvSource({
        "15025000000, 150.25",
        "0, 0",
        "1200000000, 12",
        "10000, 0.0001",
        "1, 0.00000001",
        "-50000000, -0.5",
        "123456789012, 1234.56789012",
        "9223372036854775807, 92233720368.54775807",
    })
    void shouldWritePlainDecimalsWhenPriceIsSet(final long price, final String expected)
    {
        final int length = writer.beginFrame(buffer, 0).putPrice(price).endFrame();

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly(expected);
    }

    @Test
    void shouldWriteEmptyFieldsWhenValuesAreUnset()
    {
        final int length = writer.beginFrame(buffer, 0)
            .putPrice(Price.NULL)
            .putIntMax(Integer.MAX_VALUE)
            .putQuantity(TwsFieldWriter.QUANTITY_NULL)
            .putIntMax(7)
            .endFrame();

        assertThat(TwsTestFrames.fields(buffer, 0, length)).containsExactly("", "", "", "7");
    }

    @Test
    void shouldWriteBigEndianLengthPrefixWhenFrameEnds()
    {
        final int length = writer.beginFrame(buffer, 10)
            .putInt(-12)
            .putLong(Long.MAX_VALUE)
            .putBoolean(true)
            .putBoolean(false)
            .putAscii("STP LMT")
            .putEmpty(2)
            .putUtcTime(0)
            .endFrame();

        assertThat(buffer.getInt(10, ByteOrder.BIG_ENDIAN)).isEqualTo(length - 4);
        assertThat(TwsTestFrames.fields(buffer, 10, length))
            .containsExactly("-12", "9223372036854775807", "1", "0", "STP LMT", "", "", "19700101-00:00:00");
    }

    @Test
    void shouldRoundTripEveryPriceThroughTheReaderWhenFormatted()
    {
        final long[] prices = { 1, 99, 100_000_000, 15_025_000_000L, -7, 123_456_789_123L, Long.MAX_VALUE, -Long.MAX_VALUE };
        final TwsFieldReader reader = new TwsFieldReader();
        for (final long price : prices)
        {
            final int length = writer.beginFrame(buffer, 0).putPrice(price).endFrame();
            reader.wrap(buffer, 4, length - 4);
            assertThat(reader.readPrice()).isEqualTo(price);
        }
    }
}
