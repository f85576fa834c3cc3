package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * Writes NUL-terminated ASCII fields of the TWS protocol into a {@link MutableDirectBuffer},
 * optionally inside a frame: {@link #beginFrame(MutableDirectBuffer, int)} reserves the 4-byte
 * big-endian length prefix and {@link #endFrame()} fills it in.
 * <p>
 * Unset values follow IB's "send max" rule: an unset optional int ({@link Integer#MAX_VALUE}),
 * price ({@link Price#NULL}) or quantity ({@link #QUANTITY_NULL}) is written as an empty field.
 * Prices are fixed point at scale 10<sup>-8</sup> and are written as plain decimals without
 * trailing zeros ({@code 150.25}, {@code 0.0001}, {@code 12}), never with an exponent.
 * <p>
 * The caller sizes the buffer (or uses an expanding one); the writer does no capacity checks of its
 * own beyond the buffer's.
 */
public final class TwsFieldWriter
{
    /**
     * Bytes of the frame length prefix.
     */
    public static final int LENGTH_PREFIX_BYTES = 4;

    /**
     * Unset quantity, the same value as {@link Price#NULL}.
     */
    public static final long QUANTITY_NULL = Long.MIN_VALUE;

    private static final byte NUL = 0;

    private MutableDirectBuffer buffer;
    private int frameOffset;
    private int position;

    /**
     * Start a frame: reserve the length prefix at {@code offset}; fields follow it.
     *
     * @return this for chaining.
     */
    public TwsFieldWriter beginFrame(final MutableDirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        this.frameOffset = offset;
        this.position = offset + LENGTH_PREFIX_BYTES;
        return this;
    }

    /**
     * Write the length prefix of the frame begun by {@link #beginFrame(MutableDirectBuffer, int)}.
     *
     * @return frame length in bytes, prefix included.
     */
    public int endFrame()
    {
        final int frameLength = position - frameOffset;
        buffer.putInt(frameOffset, frameLength - LENGTH_PREFIX_BYTES, ByteOrder.BIG_ENDIAN);
        return frameLength;
    }

    /**
     * @return the index the next field is written at.
     */
    public int position()
    {
        return position;
    }

    public TwsFieldWriter putEmpty()
    {
        buffer.putByte(position++, NUL);
        return this;
    }

    public TwsFieldWriter putInt(final int value)
    {
        position += buffer.putIntAscii(position, value);
        return putEmpty();
    }

    /**
     * An optional int: {@link Integer#MAX_VALUE} is written as an empty field.
     */
    public TwsFieldWriter putIntMax(final int value)
    {
        return Integer.MAX_VALUE == value ? putEmpty() : putInt(value);
    }

    public TwsFieldWriter putLong(final long value)
    {
        position += buffer.putLongAscii(position, value);
        return putEmpty();
    }

    public TwsFieldWriter putBoolean(final boolean value)
    {
        buffer.putByte(position++, (byte)(value ? '1' : '0'));
        return putEmpty();
    }

    /**
     * A whole-unit quantity; {@link #QUANTITY_NULL} is written as an empty field.
     */
    public TwsFieldWriter putQuantity(final long quantity)
    {
        return QUANTITY_NULL == quantity ? putEmpty() : putLong(quantity);
    }

    /**
     * A fixed-point price at scale 10<sup>-8</sup>; {@link Price#NULL} is written as an empty field.
     */
    public TwsFieldWriter putPrice(final long price)
    {
        if (Price.NULL == price)
        {
            return putEmpty();
        }

        long magnitude = price;
        if (price < 0)
        {
            buffer.putByte(position++, (byte)'-');
            magnitude = -price;
        }
        position += buffer.putLongAscii(position, magnitude / Price.SCALE);

        long fraction = magnitude % Price.SCALE;
        if (0 != fraction)
        {
            int digits = Price.SCALE_DIGITS;
            while (0 == fraction % 10)
            {
                fraction /= 10;
                digits--;
            }
            buffer.putByte(position++, (byte)'.');
            for (int i = digits - 1; i >= 0; i--)
            {
                buffer.putByte(position + i, (byte)('0' + fraction % 10));
                fraction /= 10;
            }
            position += digits;
        }
        return putEmpty();
    }

    /**
     * Text from a {@link CharSequence} (constants, {@link AsciiField}); characters are written as
     * single bytes, so callers pass ASCII only.
     */
    public TwsFieldWriter putAscii(final CharSequence text)
    {
        final int length = text.length();
        for (int i = 0; i < length; i++)
        {
            buffer.putByte(position++, (byte)text.charAt(i));
        }
        return putEmpty();
    }

    public TwsFieldWriter putAscii(final AsciiField field)
    {
        position += field.getBytes(buffer, position);
        return putEmpty();
    }

    public TwsFieldWriter putAscii(final DirectBuffer src, final int offset, final int length)
    {
        buffer.putBytes(position, src, offset, length);
        position += length;
        return putEmpty();
    }

    /**
     * An epoch time as {@code yyyyMMdd-HH:mm:ss} (UTC), the form IB documents for UTC times.
     */
    public TwsFieldWriter putUtcTime(final long epochMs)
    {
        position += TwsTimeParser.formatUtc(epochMs, buffer, position);
        return putEmpty();
    }

    /**
     * Write the same empty field {@code count} times.
     */
    public TwsFieldWriter putEmpty(final int count)
    {
        for (int i = 0; i < count; i++)
        {
            buffer.putByte(position++, NUL);
        }
        return this;
    }
}
