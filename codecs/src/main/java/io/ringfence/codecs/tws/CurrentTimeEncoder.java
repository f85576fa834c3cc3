package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * CURRENT_TIME (49), gateway to client: {@code [49, 1, epochSeconds]}.
 */
public final class CurrentTimeEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final long epochSeconds)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.CURRENT_TIME)
            .putInt(VERSION)
            .putLong(epochSeconds)
            .endFrame();
    }
}
