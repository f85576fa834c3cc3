package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * Gateway side: parses the client hello, {@code "API\0"} + 4-byte big-endian length +
 * {@code v<min>..<max>} or {@code v<version>}, optionally followed by a space and connect options
 * ({@code +PACEAPI}), no trailing NUL. Incremental: call {@link #decode} with whatever bytes have
 * arrived until it returns a positive count.
 */
public final class ClientHelloDecoder
{
    /**
     * Longest hello text accepted.
     */
    public static final int MAX_TEXT_LENGTH_BYTES = 256;

    private static final int HEADER_LENGTH = HandshakeEncoder.API_PREFIX.length + TwsFieldWriter.LENGTH_PREFIX_BYTES;

    private final AsciiField connectOptions = new AsciiField(MAX_TEXT_LENGTH_BYTES);
    private int minVersion;
    private int maxVersion;
    private TwsProtocolError error = TwsProtocolError.NONE;

    /**
     * @param available bytes received so far, starting at {@code offset}.
     * @return bytes consumed when the hello is complete, 0 if more bytes are needed, -1 if the bytes
     * are not a hello ({@link #error()} says why).
     */
    public int decode(final DirectBuffer buffer, final int offset, final int available)
    {
        error = TwsProtocolError.NONE;
        final int prefixBytes = Math.min(available, HandshakeEncoder.API_PREFIX.length);
        for (int i = 0; i < prefixBytes; i++)
        {
            if (buffer.getByte(offset + i) != HandshakeEncoder.API_PREFIX[i])
            {
                return fail(TwsProtocolError.MALFORMED_HELLO);
            }
        }
        if (available < HEADER_LENGTH)
        {
            return 0;
        }
        final int textLength = buffer.getInt(offset + HandshakeEncoder.API_PREFIX.length, ByteOrder.BIG_ENDIAN);
        if (textLength < 2 || textLength > MAX_TEXT_LENGTH_BYTES)
        {
            return fail(TwsProtocolError.INVALID_FRAME_LENGTH);
        }
        if (available < HEADER_LENGTH + textLength)
        {
            return 0;
        }
        return parseText(buffer, offset + HEADER_LENGTH, textLength) ? HEADER_LENGTH + textLength : -1;
    }

    public int minVersion()
    {
        return minVersion;
    }

    public int maxVersion()
    {
        return maxVersion;
    }

    /**
     * Connect options after the version range, e.g. {@code +PACEAPI}; empty if none.
     */
    public AsciiField connectOptions()
    {
        return connectOptions;
    }

    public TwsProtocolError error()
    {
        return error;
    }

    /**
     * The version a gateway supporting {@code serverMin..serverMax} answers: the highest both support.
     *
     * @return the version, or -1 if the ranges do not overlap.
     */
    public int negotiate(final int serverMin, final int serverMax)
    {
        final int version = Math.min(maxVersion, serverMax);
        return version >= Math.max(minVersion, serverMin) ? version : -1;
    }

    private boolean parseText(final DirectBuffer buffer, final int offset, final int length)
    {
        final int end = offset + length;
        if ('v' != buffer.getByte(offset))
        {
            return fail(TwsProtocolError.MALFORMED_HELLO) > 0;
        }
        int i = offset + 1;
        final int minStart = i;
        int min = 0;
        for (; i < end && isDigit(buffer.getByte(i)) && i - minStart < 9; i++)
        {
            min = min * 10 + (buffer.getByte(i) - '0');
        }
        int max = min;
        boolean valid = i > minStart;
        if (valid && i + 1 < end && '.' == buffer.getByte(i) && '.' == buffer.getByte(i + 1))
        {
            i += 2;
            final int maxStart = i;
            max = 0;
            for (; i < end && isDigit(buffer.getByte(i)) && i - maxStart < 9; i++)
            {
                max = max * 10 + (buffer.getByte(i) - '0');
            }
            valid = i > maxStart;
        }
        connectOptions.clear();
        if (valid && i < end)
        {
            valid = ' ' == buffer.getByte(i) && connectOptions.set(buffer, i + 1, end - i - 1);
        }
        if (!valid || min > max)
        {
            return fail(TwsProtocolError.MALFORMED_HELLO) > 0;
        }
        minVersion = min;
        maxVersion = max;
        return true;
    }

    private int fail(final TwsProtocolError error)
    {
        this.error = error;
        return -1;
    }

    private static boolean isDigit(final byte b)
    {
        return b >= '0' && b <= '9';
    }
}
