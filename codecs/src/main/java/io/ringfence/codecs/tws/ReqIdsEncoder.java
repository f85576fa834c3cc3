package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * REQ_IDS (8), client to gateway: {@code [8, 1, numIds]}; TWS ignores numIds and answers with
 * NEXT_VALID_ID.
 */
public final class ReqIdsEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(final MutableDirectBuffer buffer, final int offset, final int numIds)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.REQ_IDS)
            .putInt(VERSION)
            .putInt(numIds)
            .endFrame();
    }
}
