package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Reads NUL-terminated ASCII fields of a TWS frame payload sequentially, like IB's
 * {@code EDecoder}: {@code readInt()}, {@code readIntMax()}, {@code readLong()},
 * {@code readPrice()}, {@code readPriceMax()}, {@code readQuantity()}, {@code readBoolean()} and
 * text as views or copies. No exceptions: the first problem is kept as {@link #error()}, every later
 * read returns a default and does not move, so a decoder reads its whole layout and checks once.
 * <p>
 * Unset spellings: an empty field, {@code 2147483647}, {@code 9223372036854775807},
 * {@code 1.7976931348623157E308} (any decimal at or beyond 1E300, so {@code e+308} variants too) and
 * {@code Infinity} / {@code Infinite} read as {@link Price#NULL} from the price and quantity readers.
 * Decimals may carry an exponent ({@code 1.0E-4}); they are converted to fixed point without
 * {@code double}, rounding half up beyond 8 decimal places.
 */
public final class TwsFieldReader
{
    /**
     * Value of {@link #readIntMax()} for an empty field.
     */
    public static final int INT_UNSET = Integer.MAX_VALUE;

    private static final byte[] INT_MAX_TEXT = "2147483647".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LONG_MAX_TEXT = "9223372036854775807".getBytes(StandardCharsets.US_ASCII);

    private DirectBuffer buffer;
    private int position;
    private int limit;
    private int fieldOffset;
    private int fieldLength;
    private TwsProtocolError error = TwsProtocolError.NONE;

    /**
     * Start reading a payload (without the length prefix).
     *
     * @return this for chaining.
     */
    public TwsFieldReader wrap(final DirectBuffer buffer, final int offset, final int length)
    {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
        this.fieldOffset = offset;
        this.fieldLength = 0;
        this.error = TwsProtocolError.NONE;
        return this;
    }

    public DirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * @return true if bytes are left after the last field read.
     */
    public boolean hasRemaining()
    {
        return position < limit;
    }

    /**
     * @return the first error met, or {@link TwsProtocolError#NONE}.
     */
    public TwsProtocolError error()
    {
        return error;
    }

    public boolean isOk()
    {
        return TwsProtocolError.NONE == error;
    }

    /**
     * Record an error found by a decoder; the first one wins.
     */
    public void fail(final TwsProtocolError error)
    {
        if (TwsProtocolError.NONE == this.error)
        {
            this.error = error;
        }
    }

    /**
     * Advance to the next field.
     *
     * @return false, with {@link TwsProtocolError#TRUNCATED} recorded, if no complete field is left.
     */
    public boolean next()
    {
        if (TwsProtocolError.NONE == error)
        {
            for (int i = position; i < limit; i++)
            {
                if (0 == buffer.getByte(i))
                {
                    fieldOffset = position;
                    fieldLength = i - position;
                    position = i + 1;
                    return true;
                }
            }
            fail(TwsProtocolError.TRUNCATED);
        }
        fieldOffset = position;
        fieldLength = 0;
        return false;
    }

    /**
     * @return offset of the current field's first byte.
     */
    public int fieldOffset()
    {
        return fieldOffset;
    }

    /**
     * @return length of the current field, NUL excluded.
     */
    public int fieldLength()
    {
        return fieldLength;
    }

    public TwsFieldReader skip(final int fieldCount)
    {
        for (int i = 0; i < fieldCount; i++)
        {
            next();
        }
        return this;
    }

    /**
     * An int; empty reads as 0.
     */
    public int readInt()
    {
        return (int)readWhole(0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * An optional int; empty reads as {@link #INT_UNSET}.
     */
    public int readIntMax()
    {
        return (int)readWhole(INT_UNSET, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * A long; empty reads as 0.
     */
    public long readLong()
    {
        return readWhole(0, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * A boolean sent as an int; empty reads as false, any non-zero as true.
     */
    public boolean readBoolean()
    {
        return 0 != readWhole(0, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * A plain double as fixed point (IB's {@code readDouble}): empty reads as 0, unset spellings as
     * {@link Price#NULL}.
     */
    public long readPrice()
    {
        return next() ? (0 == fieldLength ? 0 : parseDecimal(Price.SCALE_DIGITS, false)) : 0;
    }

    /**
     * An optional double as fixed point (IB's {@code readDoubleMax}): empty and unset spellings read
     * as {@link Price#NULL}.
     */
    public long readPriceMax()
    {
        return next() ? (0 == fieldLength ? Price.NULL : parseDecimal(Price.SCALE_DIGITS, false)) : Price.NULL;
    }

    /**
     * A decimal quantity in whole units (IB's {@code readDecimal}): empty and unset spellings read
     * as {@link TwsFieldWriter#QUANTITY_NULL}; a fractional value is
     * {@link TwsProtocolError#FRACTIONAL_QUANTITY}.
     */
    public long readQuantity()
    {
        return next() ? (0 == fieldLength ? TwsFieldWriter.QUANTITY_NULL : parseDecimal(0, true)) :
            TwsFieldWriter.QUANTITY_NULL;
    }

    /**
     * A plain double that may carry a unit after a space, such as a commission sent as
     * {@code 1.00 USD}: the number before the first space as fixed point (empty reads as 0, unset
     * spellings as {@link Price#NULL}), the trimmed rest into {@code unit} (empty when absent).
     */
    public long readPriceWithUnit(final AsciiSequenceView unit)
    {
        unit.reset();
        if (!next() || 0 == fieldLength)
        {
            return 0;
        }
        final int end = fieldOffset + fieldLength;
        int numberEnd = fieldOffset;
        while (numberEnd < end && ' ' != buffer.getByte(numberEnd))
        {
            numberEnd++;
        }
        int unitStart = numberEnd;
        while (unitStart < end && ' ' == buffer.getByte(unitStart))
        {
            unitStart++;
        }
        int unitEnd = end;
        while (unitEnd > unitStart && ' ' == buffer.getByte(unitEnd - 1))
        {
            unitEnd--;
        }
        unit.wrap(buffer, unitStart, unitEnd - unitStart);
        if (numberEnd == fieldOffset)
        {
            fail(TwsProtocolError.MALFORMED_NUMBER);
            return 0;
        }
        final int fullLength = fieldLength;
        fieldLength = numberEnd - fieldOffset;
        final long value = parseDecimal(Price.SCALE_DIGITS, false);
        fieldLength = fullLength;
        return value;
    }

    /**
     * Point a view at the next field's bytes (valid while the payload buffer is).
     */
    public AsciiSequenceView readView(final AsciiSequenceView view)
    {
        next();
        return view.wrap(buffer, fieldOffset, fieldLength);
    }

    /**
     * Copy the next field into a holder; {@link TwsProtocolError#FIELD_TOO_LONG} or
     * {@link TwsProtocolError#INVALID_CHARACTER} if it cannot be held.
     */
    public AsciiField readAscii(final AsciiField field)
    {
        if (next() && !field.set(buffer, fieldOffset, fieldLength))
        {
            fail(fieldLength > field.capacity() ? TwsProtocolError.FIELD_TOO_LONG : TwsProtocolError.INVALID_CHARACTER);
        }
        return field;
    }

    /**
     * @return true if the current field (after {@link #next()}) equals the text.
     */
    public boolean fieldEquals(final CharSequence text)
    {
        final int length = text.length();
        if (length != fieldLength)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(fieldOffset + i) != text.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private long readWhole(final long emptyValue, final long min, final long max)
    {
        if (!next())
        {
            return 0;
        }
        if (0 == fieldLength)
        {
            return emptyValue;
        }

        int i = fieldOffset;
        final int end = fieldOffset + fieldLength;
        final boolean negative = '-' == buffer.getByte(i);
        if (negative || '+' == buffer.getByte(i))
        {
            i++;
        }
        if (i == end)
        {
            fail(TwsProtocolError.MALFORMED_NUMBER);
            return 0;
        }

        long value = 0;
        for (; i < end; i++)
        {
            final int digit = buffer.getByte(i) - '0';
            if (digit < 0 || digit > 9)
            {
                fail(TwsProtocolError.MALFORMED_NUMBER);
                return 0;
            }
            if (value < (Long.MIN_VALUE + digit) / 10)
            {
                fail(TwsProtocolError.NUMBER_OUT_OF_RANGE);
                return 0;
            }
            value = value * 10 - digit; // accumulate negatively to reach Long.MIN_VALUE
        }
        if (!negative)
        {
            if (Long.MIN_VALUE == value)
            {
                fail(TwsProtocolError.NUMBER_OUT_OF_RANGE);
                return 0;
            }
            value = -value;
        }
        if (value < min || value > max)
        {
            fail(TwsProtocolError.NUMBER_OUT_OF_RANGE);
            return 0;
        }
        return value;
    }

    private long parseDecimal(final int scaleDigits, final boolean exact)
    {
        if (fieldMatches(INT_MAX_TEXT) || fieldMatches(LONG_MAX_TEXT))
        {
            return Price.NULL;
        }
        return AsciiDecimal.parse(this, buffer, fieldOffset, fieldLength, scaleDigits, exact);
    }

    private boolean fieldMatches(final byte[] text)
    {
        if (text.length != fieldLength)
        {
            return false;
        }
        for (int i = 0; i < fieldLength; i++)
        {
            if (text[i] != buffer.getByte(fieldOffset + i))
            {
                return false;
            }
        }
        return true;
    }
}
