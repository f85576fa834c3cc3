package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * REQ_MKT_DATA (1), client to gateway, version 11, for a stock (no combo legs, no delta-neutral
 * contract), 20 fields: {@code [1, 11, tickerId, conId, symbol, secType, lastTradeDate, strike, right,
 * multiplier, exchange, primaryExch, currency, localSymbol, tradingClass, deltaNeutral 0,
 * genericTickList, snapshot, regulatorySnapshot, mktDataOptions]}; and CANCEL_MKT_DATA
 * {@code [2, 1, tickerId]}. A snapshot is answered with ticks and TICK_SNAPSHOT_END.
 */
public final class MarketDataRequestEncoder
{
    private static final int REQ_VERSION = 11;
    private static final int CANCEL_VERSION = 1;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @param conId           IB contract id, 0 when unknown.
     * @param genericTickList e.g. empty or {@code 233,236}; must be empty for a snapshot.
     * @return frame length in bytes, prefix included.
     */
    public int encodeReqMktData(
        final MutableDirectBuffer buffer,
        final int offset,
        final int tickerId,
        final int conId,
        final CharSequence symbol,
        final CharSequence secType,
        final CharSequence exchange,
        final CharSequence primaryExchange,
        final CharSequence currency,
        final CharSequence genericTickList,
        final boolean snapshot,
        final boolean regulatorySnapshot)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.REQ_MKT_DATA)
            .putInt(REQ_VERSION)
            .putInt(tickerId)
            .putInt(conId)
            .putAscii(symbol)
            .putAscii(secType)
            .putEmpty()                         // lastTradeDateOrContractMonth
            .putInt(0)                          // strike
            .putEmpty()                         // right
            .putEmpty()                         // multiplier
            .putAscii(exchange)
            .putAscii(primaryExchange)
            .putAscii(currency)
            .putEmpty()                         // localSymbol
            .putEmpty()                         // tradingClass
            .putBoolean(false)                  // deltaNeutralContract present
            .putAscii(genericTickList)
            .putBoolean(snapshot)
            .putBoolean(regulatorySnapshot)
            .putEmpty()                         // mktDataOptions
            .endFrame();
    }

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encodeCancelMktData(final MutableDirectBuffer buffer, final int offset, final int tickerId)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.CANCEL_MKT_DATA)
            .putInt(CANCEL_VERSION)
            .putInt(tickerId)
            .endFrame();
    }
}
