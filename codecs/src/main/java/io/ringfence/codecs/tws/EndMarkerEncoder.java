package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * The end markers a gateway sends after a batch: OPEN_ORDER_END {@code [53, 1]}, EXECUTION_DATA_END
 * {@code [55, 1, reqId]}, POSITION_END {@code [62, 1]}, ACCOUNT_SUMMARY_END {@code [64, 1, reqId]},
 * TICK_SNAPSHOT_END {@code [57, 1, reqId]} and COMPLETED_ORDERS_END {@code [102]} (no version).
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
        return encodeVersionOnly(buffer, offset, TwsMessageId.OPEN_ORDER_END);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeExecutionDataEnd(final MutableDirectBuffer buffer, final int offset, final int reqId)
    {
        return encodeWithReqId(buffer, offset, TwsMessageId.EXECUTION_DATA_END, reqId);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodePositionEnd(final MutableDirectBuffer buffer, final int offset)
    {
        return encodeVersionOnly(buffer, offset, TwsMessageId.POSITION_END);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeAccountSummaryEnd(final MutableDirectBuffer buffer, final int offset, final int reqId)
    {
        return encodeWithReqId(buffer, offset, TwsMessageId.ACCOUNT_SUMMARY_END, reqId);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeTickSnapshotEnd(final MutableDirectBuffer buffer, final int offset, final int tickerId)
    {
        return encodeWithReqId(buffer, offset, TwsMessageId.TICK_SNAPSHOT_END, tickerId);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeCompletedOrdersEnd(final MutableDirectBuffer buffer, final int offset)
    {
        return writer.beginFrame(buffer, offset).putInt(TwsMessageId.COMPLETED_ORDERS_END).endFrame();
    }

    private int encodeVersionOnly(final MutableDirectBuffer buffer, final int offset, final int msgId)
    {
        return writer.beginFrame(buffer, offset).putInt(msgId).putInt(VERSION).endFrame();
    }

    private int encodeWithReqId(final MutableDirectBuffer buffer, final int offset, final int msgId, final int reqId)
    {
        return writer.beginFrame(buffer, offset).putInt(msgId).putInt(VERSION).putInt(reqId).endFrame();
    }
}
