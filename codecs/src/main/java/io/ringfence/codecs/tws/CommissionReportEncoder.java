package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.MutableDirectBuffer;

/**
 * COMMISSION_REPORT (59), gateway to client, 8 fields: {@code [59, 1, execId, commission, currency,
 * realizedPNL, yield, yieldRedemptionDate]}. An unset realizedPNL or yield ({@link Price#NULL}) is
 * written as {@code 1.7976931348623157E308}, as TWS does (clients read it as "not applicable").
 */
public final class CommissionReportEncoder
{
    /**
     * IB's text for Double.MAX_VALUE.
     */
    public static final String DOUBLE_MAX_TEXT = "1.7976931348623157E308";

    private static final int VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param yieldRedemptionDate yyyymmdd, 0 if not applicable.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final CharSequence execId,
        final long commission,
        final CharSequence currency,
        final long realizedPnl,
        final long yield,
        final int yieldRedemptionDate)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.COMMISSION_REPORT)
            .putInt(VERSION)
            .putAscii(execId)
            .putPrice(OrderStatusEncoder.zeroIfNull(commission))
            .putAscii(currency);
        putPriceOrMax(w, realizedPnl);
        putPriceOrMax(w, yield);
        return w.putInt(yieldRedemptionDate).endFrame();
    }

    private static void putPriceOrMax(final TwsFieldWriter w, final long price)
    {
        if (Price.NULL == price)
        {
            w.putAscii(DOUBLE_MAX_TEXT);
        }
        else
        {
            w.putPrice(price);
        }
    }
}
