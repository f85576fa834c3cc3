package io.ringfence.engine.gate;

import io.ringfence.config.RingfenceConfig;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The configured clients' names as 32-byte SBE fields (four longs each), to find the client an
 * operator command names without a String.
 */
final class ClientNames
{
    static final int NAME_LENGTH = 32;
    static final int NOT_FOUND = -1;
    private static final int WORDS = NAME_LENGTH / Long.BYTES;

    private final long[] words;

    ClientNames(final RingfenceConfig config)
    {
        final int count = config.clients().size();
        words = new long[count * WORDS];
        for (int c = 0; c < count; c++)
        {
            final UnsafeBuffer padded = new UnsafeBuffer(new byte[NAME_LENGTH]);
            padded.putBytes(0, config.clients().get(c).name().getBytes(StandardCharsets.US_ASCII));
            for (int w = 0; w < WORDS; w++)
            {
                words[c * WORDS + w] = padded.getLong(w * Long.BYTES, ByteOrder.LITTLE_ENDIAN);
            }
        }
    }

    int indexOf(final DirectBuffer buffer, final int offset)
    {
        for (int c = 0, count = words.length / WORDS; c < count; c++)
        {
            boolean same = true;
            for (int w = 0; w < WORDS && same; w++)
            {
                same = words[c * WORDS + w] == buffer.getLong(offset + w * Long.BYTES, ByteOrder.LITTLE_ENDIAN);
            }
            if (same)
            {
                return c;
            }
        }
        return NOT_FOUND;
    }
}
