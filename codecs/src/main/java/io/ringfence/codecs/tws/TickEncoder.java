package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * Market data ticks, gateway to client: TICK_PRICE {@code [1, 6, tickerId, tickType, price, size,
 * attrMask]} (7 fields) and TICK_SIZE {@code [2, 1, tickerId, tickType, size]} (5 fields). For the
 * snapshot end marker see {@link EndMarkerEncoder#encodeTickSnapshotEnd}. Tick types: 1 bid, 2 ask,
 * 4 last, 6 high, 7 low, 9 close (prices); 0 bid size, 3 ask size, 5 last size, 8 volume (sizes).
 */
public final class TickEncoder
{
    public static final int BID_SIZE = 0;
    public static final int BID = 1;
    public static final int ASK = 2;
    public static final int ASK_SIZE = 3;
    public static final int LAST = 4;
    public static final int LAST_SIZE = 5;
    public static final int HIGH = 6;
    public static final int LOW = 7;
    public static final int VOLUME = 8;
    public static final int CLOSE = 9;

    private static final int TICK_PRICE_VERSION = 6;
    private static final int TICK_SIZE_VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param price    fixed point.
     * @param size     whole units, or {@link TwsFieldWriter#QUANTITY_NULL} for none.
     * @param attrMask bit 0 canAutoExecute, bit 1 pastLimit, bit 2 preOpen.
     * @return frame length in bytes, prefix included.
     */
    public int encodeTickPrice(
        final MutableDirectBuffer buffer,
        final int offset,
        final int tickerId,
        final int tickType,
        final long price,
        final long size,
        final int attrMask)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.TICK_PRICE)
            .putInt(TICK_PRICE_VERSION)
            .putInt(tickerId)
            .putInt(tickType)
            .putPrice(OrderStatusEncoder.zeroIfNull(price))
            .putQuantity(size)
            .putInt(attrMask)
            .endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeTickSize(
        final MutableDirectBuffer buffer, final int offset, final int tickerId, final int tickType, final long size)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.TICK_SIZE)
            .putInt(TICK_SIZE_VERSION)
            .putInt(tickerId)
            .putInt(tickType)
            .putQuantity(size)
            .endFrame();
    }
}
