package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * POSITION_DATA (61), gateway to client, version 3, 16 fields: {@code [61, 3, account, conId, symbol,
 * secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange, currency, localSymbol,
 * tradingClass, position, avgCost]} (protocol sheet section 5.8). A closed position is sent with
 * position 0. Stock contracts: no expiry, strike 0, no right or multiplier.
 */
public final class PositionDataEncoder
{
    private static final int VERSION = 3;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param position whole units, negative when short.
     * @param avgCost  fixed-point average cost per unit.
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final CharSequence account,
        final int conId,
        final CharSequence symbol,
        final CharSequence secType,
        final CharSequence exchange,
        final CharSequence currency,
        final long position,
        final long avgCost)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.POSITION_DATA)
            .putInt(VERSION)
            .putAscii(account)
            .putInt(conId)
            .putAscii(symbol)
            .putAscii(secType)
            .putEmpty()                         // lastTradeDateOrContractMonth
            .putInt(0)                          // strike
            .putEmpty()                         // right
            .putEmpty()                         // multiplier
            .putAscii(exchange)
            .putAscii(currency)
            .putAscii(symbol)                   // localSymbol
            .putEmpty()                         // tradingClass
            .putLong(position)
            .putPrice(OrderStatusEncoder.zeroIfNull(avgCost))
            .endFrame();
    }
}
