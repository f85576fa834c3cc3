package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.ringfence.codecs.tws.TwsTestFrames.payloadBuffer;
import static org.assertj.core.api.Assertions.assertThat;

class TwsFieldReaderTest
{
    private final TwsFieldReader reader = new TwsFieldReader();

    private TwsFieldReader read(final String... fields)
    {
        final UnsafeBuffer buffer = payloadBuffer(fields);
        return reader.wrap(buffer, 0, buffer.capacity());
    }

    @Test
    void shouldReadIntsLongsAndBooleansWhenWellFormed()
    {
        read("42", "-7", "", "2147483647", "-2147483648", "9223372036854775807", "", "1", "0", "", "+5");

        assertThat(reader.readInt()).isEqualTo(42);
        assertThat(reader.readInt()).isEqualTo(-7);
        assertThat(reader.readInt()).isZero();
        assertThat(reader.readIntMax()).isEqualTo(Integer.MAX_VALUE);
        assertThat(reader.readInt()).isEqualTo(Integer.MIN_VALUE);
        assertThat(reader.readLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(reader.readIntMax()).isEqualTo(TwsFieldReader.INT_UNSET);
        assertThat(reader.readBoolean()).isTrue();
        assertThat(reader.readBoolean()).isFalse();
        assertThat(reader.readBoolean()).isFalse();
        assertThat(reader.readInt()).isEqualTo(5);
        assertThat(reader.isOk()).isTrue();
        assertThat(reader.hasRemaining()).isFalse();
    }

    @Test
    void shouldReadMinLongWhenAtTheLimit()
    {
        read("-9223372036854775808");

        assertThat(reader.readLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(reader.isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "12x", "-", "1.5", " 1", "0x10", "1e3" })
    void shouldReportMalformedNumberWhenIntIsGarbage(final String text)
    {
        read(text, "9");

        assertThat(reader.readInt()).isZero();
        assertThat(reader.error()).isEqualTo(TwsProtocolError.MALFORMED_NUMBER);
        assertThat(reader.readInt()).as("sticky: later reads return defaults").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2147483648", "-2147483649", "99999999999999999999" })
    void shouldReportOutOfRangeWhenIntOverflows(final String text)
    {
        read(text);

        reader.readInt();

        assertThat(reader.error()).isEqualTo(TwsProtocolError.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void shouldReportOutOfRangeWhenLongOverflows()
    {
        read("9223372036854775808");

        reader.readLong();

        assertThat(reader.error()).isEqualTo(TwsProtocolError.NUMBER_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @CsvSource({
        "150.25, 15025000000",
        "0, 0",
        "0.0, 0",
        "-0.5, -50000000",
        "12, 1200000000",
        "1.0E-4, 10000",
        "1.0e-4, 10000",
        "1.2345678E7, 1234567800000000",
        "1.5E+2, 15000000000",
        "0.00000001, 1",
        "0.000000005, 1",
        "0.000000004, 0",
        "123.456789012, 12345678901",
        "-1.23456789E-3, -123457",
        "+3.5, 350000000",
        "5., 500000000",
        ".25, 25000000",
        "1E-30, 0",
        "92233720368.54775807, 9223372036854775807",
    })
    void shouldParseDecimalsToFixedPointWhenWellFormed(final String text, final long expected)
    {
        read(text);

        assertThat(reader.readPrice()).isEqualTo(expected);
        assertThat(reader.isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.7976931348623157E308", "1.7976931348623157e+308", "1.797693134862316E308", "1.7976931348623157E+308",
        "2147483647", "9223372036854775807", "Infinity", "Infinite", "inf", "INF" })
    void shouldReadUnsetWhenPriceHasAnUnsetSpelling(final String text)
    {
        read(text, text);

        assertThat(reader.readPrice()).isEqualTo(Price.NULL);
        assertThat(reader.readPriceMax()).isEqualTo(Price.NULL);
        assertThat(reader.isOk()).isTrue();
    }

    @Test
    void shouldReadEmptyAsZeroForPlainPriceAndUnsetForMaxPrice()
    {
        read("", "");

        assertThat(reader.readPrice()).isZero();
        assertThat(reader.readPriceMax()).isEqualTo(Price.NULL);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "1.2.3", "1e", "1E+", "--1", "1,5", "NaN", "-Infinity", "e5", "." })
    void shouldReportErrorWhenDecimalIsGarbage(final String text)
    {
        read(text);

        reader.readPrice();

        assertThat(reader.isOk()).isFalse();
    }

    @Test
    void shouldReportOutOfRangeWhenPriceDoesNotFitFixedPoint()
    {
        read("1E15");

        reader.readPrice();

        assertThat(reader.error()).isEqualTo(TwsProtocolError.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void shouldReadWholeQuantitiesAndUnsetSpellings()
    {
        read("100", "100.0", "1E+2", "", "2147483647", "9223372036854775807", "1.7976931348623157E308", "0");

        assertThat(reader.readQuantity()).isEqualTo(100);
        assertThat(reader.readQuantity()).isEqualTo(100);
        assertThat(reader.readQuantity()).isEqualTo(100);
        assertThat(reader.readQuantity()).isEqualTo(TwsFieldWriter.QUANTITY_NULL);
        assertThat(reader.readQuantity()).isEqualTo(TwsFieldWriter.QUANTITY_NULL);
        assertThat(reader.readQuantity()).isEqualTo(TwsFieldWriter.QUANTITY_NULL);
        assertThat(reader.readQuantity()).isEqualTo(TwsFieldWriter.QUANTITY_NULL);
        assertThat(reader.readQuantity()).isZero();
        assertThat(reader.isOk()).isTrue();
    }

    @Test
    void shouldReportFractionalQuantityWhenQuantityHasFraction()
    {
        read("0.5");

        reader.readQuantity();

        assertThat(reader.error()).isEqualTo(TwsProtocolError.FRACTIONAL_QUANTITY);
    }

    @Test
    void shouldReportTruncatedWhenLastFieldHasNoTerminator()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer("12\0AB".getBytes());
        reader.wrap(buffer, 0, buffer.capacity());

        assertThat(reader.readInt()).isEqualTo(12);
        assertThat(reader.next()).isFalse();
        assertThat(reader.error()).isEqualTo(TwsProtocolError.TRUNCATED);
    }

    @Test
    void shouldReportTruncatedWhenFieldsRunOut()
    {
        read("1");

        reader.readInt();
        reader.readInt();

        assertThat(reader.error()).isEqualTo(TwsProtocolError.TRUNCATED);
    }

    @Test
    void shouldExposeTextAsViewsAndCopies()
    {
        read("AAPL", "DU123456", "a-much-too-long-account-name-for-the-holder");

        final AsciiSequenceView view = reader.readView(new AsciiSequenceView());
        final AsciiField account = reader.readAscii(new AsciiField(16));

        assertThat(view).hasToString("AAPL");
        assertThat(account.contentEquals("DU123456")).isTrue();
        assertThat(reader.isOk()).isTrue();

        reader.readAscii(new AsciiField(16));
        assertThat(reader.error()).isEqualTo(TwsProtocolError.FIELD_TOO_LONG);
    }

    @Test
    void shouldReportInvalidCharacterWhenTextIsNotPrintableAscii()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[]{ 'A', (byte)0xC3, (byte)0xA9, 0 });
        reader.wrap(buffer, 0, buffer.capacity());

        reader.readAscii(new AsciiField(16));

        assertThat(reader.error()).isEqualTo(TwsProtocolError.INVALID_CHARACTER);
    }
}
