package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * NEXT_VALID_ID (9), gateway to client: {@code [9, 1, orderId]}. {@code @stoqey/ib} keeps its
 * request queue paused until it sees this message.
 */
public final class NextValidIdEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final int orderId)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.NEXT_VALID_ID)
            .putInt(VERSION)
            .putInt(orderId)
            .endFrame();
    }
}
