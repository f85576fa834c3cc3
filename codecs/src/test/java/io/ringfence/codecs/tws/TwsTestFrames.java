package io.ringfence.codecs.tws;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helpers: frames as readable lists of fields.
 */
final class TwsTestFrames
{
    private TwsTestFrames()
    {
    }

    /**
     * @return the payload {@code f1\0f2\0...fn\0}.
     */
    static byte[] payload(final String... fields)
    {
        return (String.join("\0", fields) + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    static UnsafeBuffer payloadBuffer(final String... fields)
    {
        return new UnsafeBuffer(payload(fields));
    }

    /**
     * @return a full frame, length prefix included.
     */
    static byte[] frame(final String... fields)
    {
        final byte[] payload = payload(fields);
        final byte[] frame = new byte[payload.length + 4];
        new UnsafeBuffer(frame).putInt(0, payload.length, ByteOrder.BIG_ENDIAN);
        System.arraycopy(payload, 0, frame, 4, payload.length);
        return frame;
    }

    /**
     * Split an encoded frame (prefix first) into its fields, checking the prefix and final NUL.
     */
    static List<String> fields(final DirectBuffer buffer, final int offset, final int frameLength)
    {
        final int payloadLength = buffer.getInt(offset, ByteOrder.BIG_ENDIAN);
        if (payloadLength != frameLength - 4)
        {
            throw new AssertionError("length prefix " + payloadLength + " != frame length - 4 = " + (frameLength - 4));
        }
        return payloadFields(buffer, offset + 4, payloadLength);
    }

    static List<String> payloadFields(final DirectBuffer buffer, final int offset, final int length)
    {
        if (0 != buffer.getByte(offset + length - 1))
        {
            throw new AssertionError("payload does not end with NUL");
        }
        final List<String> fields = new ArrayList<>();
        int start = offset;
        for (int i = offset; i < offset + length; i++)
        {
            if (0 == buffer.getByte(i))
            {
                fields.add(buffer.getStringWithoutLengthAscii(start, i - start));
                start = i + 1;
            }
        }
        return fields;
    }
}
