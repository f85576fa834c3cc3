package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * The end markers a gateway sends after a batch: OPEN_ORDER_END {@code [53, 1]} and
 * EXECUTION_DATA_END {@code [55, 1, reqId]}.
 */
public final class EndMarkerEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeOpenOrderEnd(final MutableDirectBuffer buffer, final int offset)
    {
        return writer.beginFrame(buffer, offset).putInt(TwsMessageId.OPEN_ORDER_END).putInt(VERSION).endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeExecutionDataEnd(final MutableDirectBuffer buffer, final int offset, final int reqId)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.EXECUTION_DATA_END)
            .putInt(VERSION)
            .putInt(reqId)
            .endFrame();
    }
}
