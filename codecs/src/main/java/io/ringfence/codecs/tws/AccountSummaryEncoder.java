package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * ACCOUNT_SUMMARY (63), gateway to client, 7 fields: {@code [63, 1, reqId, account, tag, value,
 * currency]}; the value is text ({@code NetLiquidation} is a number, {@code AccountType} a word).
 */
public final class AccountSummaryEncoder
{
    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int reqId,
        final CharSequence account,
        final CharSequence tag,
        final CharSequence value,
        final CharSequence currency)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.ACCOUNT_SUMMARY)
            .putInt(VERSION)
            .putInt(reqId)
            .putAscii(account)
            .putAscii(tag)
            .putAscii(value)
            .putAscii(currency)
            .endFrame();
    }

    /**
     * The same with a fixed-point amount as the value, written as a plain decimal.
     *
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int reqId,
        final CharSequence account,
        final CharSequence tag,
        final long amount,
        final CharSequence currency)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.ACCOUNT_SUMMARY)
            .putInt(VERSION)
            .putInt(reqId)
            .putAscii(account)
            .putAscii(tag)
            .putPrice(OrderStatusEncoder.zeroIfNull(amount))
            .putAscii(currency)
            .endFrame();
    }
}
