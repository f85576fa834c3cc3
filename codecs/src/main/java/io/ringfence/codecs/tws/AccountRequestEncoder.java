package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * Client-to-gateway account requests (protocol sheet section 4.3): REQ_POSITIONS {@code [61, 1]},
 * CANCEL_POSITIONS {@code [64, 1]}, REQ_ACCOUNT_SUMMARY {@code [62, 1, reqId, group, tags]},
 * CANCEL_ACCOUNT_SUMMARY {@code [63, 1, reqId]}, REQ_CURRENT_TIME {@code [49, 1]} and
 * REQ_MANAGED_ACCTS {@code [17, 1]}.
 */
public final class AccountRequestEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqPositions(final MutableDirectBuffer buffer, final int offset)
    {
        return versionOnly(buffer, offset, TwsMessageId.REQ_POSITIONS);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeCancelPositions(final MutableDirectBuffer buffer, final int offset)
    {
        return versionOnly(buffer, offset, TwsMessageId.CANCEL_POSITIONS);
    }

    /**
     * @param group {@code All} or an FA group name.
     * @param tags  comma-separated, e.g. {@code NetLiquidation,TotalCashValue,BuyingPower}.
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqAccountSummary(
        final MutableDirectBuffer buffer,
        final int offset,
        final int reqId,
        final CharSequence group,
        final CharSequence tags)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.REQ_ACCOUNT_SUMMARY)
            .putInt(VERSION)
            .putInt(reqId)
            .putAscii(group)
            .putAscii(tags)
            .endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeCancelAccountSummary(final MutableDirectBuffer buffer, final int offset, final int reqId)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.CANCEL_ACCOUNT_SUMMARY)
            .putInt(VERSION)
            .putInt(reqId)
            .endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqCurrentTime(final MutableDirectBuffer buffer, final int offset)
    {
        return versionOnly(buffer, offset, TwsMessageId.REQ_CURRENT_TIME);
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqManagedAccounts(final MutableDirectBuffer buffer, final int offset)
    {
        return versionOnly(buffer, offset, TwsMessageId.REQ_MANAGED_ACCTS);
    }

    private int versionOnly(final MutableDirectBuffer buffer, final int offset, final int msgId)
    {
        return writer.beginFrame(buffer, offset).putInt(msgId).putInt(VERSION).endFrame();
    }
}
