package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.MutableDirectBuffer;

/**
 * ORDER_STATUS (3), gateway to client, server version &gt;= 131 layout (no version field), 12
 * fields: {@code [3, orderId, status, filled, remaining, avgFillPrice, permId, parentId,
 * lastFillPrice, clientId, whyHeld, mktCapPrice]}. Prices are fixed point; an unset price
 * ({@link Price#NULL}) is written as {@code 0}, as TWS does for these plain fields.
 */
public final class OrderStatusEncoder
{
    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * Encode with an empty whyHeld.
     *
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final int orderId,
        final TwsOrderStatus status,
        final long filled,
        final long remaining,
        final long avgFillPrice,
        final long permId,
        final int parentId,
        final long lastFillPrice,
        final int clientId,
        final long mktCapPrice)
    {
        return encode(
            buffer, offset, serverVersion, orderId, status, filled, remaining, avgFillPrice, permId, parentId,
            lastFillPrice, clientId, "", mktCapPrice);
    }

    /**
     * @param whyHeld e.g. {@code locate}, usually empty.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final int serverVersion,
        final int orderId,
        final TwsOrderStatus status,
        final long filled,
        final long remaining,
        final long avgFillPrice,
        final long permId,
        final int parentId,
        final long lastFillPrice,
        final int clientId,
        final CharSequence whyHeld,
        final long mktCapPrice)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.ORDER_STATUS)
            .putInt(orderId)
            .putAscii(status.text())
            .putQuantity(filled)
            .putQuantity(remaining)
            .putPrice(zeroIfNull(avgFillPrice))
            .putLong(permId)
            .putInt(parentId)
            .putPrice(zeroIfNull(lastFillPrice))
            .putInt(clientId)
            .putAscii(whyHeld)
            .putPrice(zeroIfNull(mktCapPrice))
            .endFrame();
    }

    static long zeroIfNull(final long price)
    {
        return Price.NULL == price ? 0 : price;
    }
}
