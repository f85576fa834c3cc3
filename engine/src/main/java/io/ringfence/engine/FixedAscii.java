package io.ringfence.engine;

import org.agrona.DirectBuffer;

/**
 * SBE fixed-length char fields: printable ASCII, then zero padding to the field's length.
 */
public final class FixedAscii
{
    public static final int INVALID = -1;

    private FixedAscii()
    {
    }

    /**
     * @return the text's length before the padding, or {@link #INVALID} if it is empty, holds a
     * byte outside printable ASCII, or has text after the padding starts.
     */
    public static int length(final DirectBuffer buffer, final int offset, final int fieldLength)
    {
        int length = 0;
        while (length < fieldLength)
        {
            final byte b = buffer.getByte(offset + length);
            if (b == 0)
            {
                break;
            }
            if (b < 0x21 || b > 0x7E)
            {
                return INVALID;
            }
            length++;
        }
        for (int i = length; i < fieldLength; i++)
        {
            if (buffer.getByte(offset + i) != 0)
            {
                return INVALID;
            }
        }
        return length == 0 ? INVALID : length;
    }
}
