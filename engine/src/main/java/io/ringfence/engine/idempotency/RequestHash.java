package io.ringfence.engine.idempotency;

import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * The canonical-request hash: a 64-bit hash of fixed-length byte ranges (lengths are multiples of 8 in the schema), with a
 * strong final mix so near-identical keys spread. Deterministic across runs and JVMs.
 */
final class RequestHash
{
    private static final long SEED = 0x9E3779B97F4A7C15L;

    private RequestHash()
    {
    }

    static long hash(final DirectBuffer buffer, final int offset, final int length, final long seed)
    {
        long h = seed ^ SEED ^ length;
        int i = 0;
        for (; i + 8 <= length; i += 8)
        {
            h = (h ^ mix(buffer.getLong(offset + i, ByteOrder.LITTLE_ENDIAN))) * 0xBF58476D1CE4E5B9L;
        }
        for (; i < length; i++)
        {
            h = (h ^ buffer.getByte(offset + i)) * 0x94D049BB133111EBL;
        }
        return mix(h);
    }

    private static long mix(final long value)
    {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
