package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * EXECUTION_DATA (11), gateway to client, server version &gt;= 136 layout (no version field): 31
 * fields below 178, 32 from 178 ({@code pendingPriceRevision}). Field order: msgId, reqId, orderId,
 * conId, symbol, secType, lastTradeDate, strike, right, multiplier, exchange, currency, localSymbol,
 * tradingClass, execId, time, acctNumber, execExchange, side ({@code BOT}/{@code SLD}), shares,
 * price, permId, clientId, liquidation, cumQty, avgPrice, orderRef, evRule, evMultiplier, modelCode,
 * lastLiquidity[, pendingPriceRevision].
 */
public final class ExecutionDataEncoder
{
    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer, final int offset, final int serverVersion, final TwsExecution execution)
    {
        final TwsFieldWriter w = writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.EXECUTION_DATA)
            .putInt(execution.reqId())
            .putInt(execution.orderId())
            .putInt(execution.conId())
            .putAscii(execution.symbol())
            .putAscii(execution.secType())
            .putEmpty()                                 // lastTradeDateOrContractMonth
            .putInt(0)                                  // strike
            .putEmpty()                                 // right
            .putEmpty()                                 // multiplier
            .putAscii(execution.exchange())
            .putAscii(execution.currency())
            .putAscii(execution.localSymbol())
            .putAscii(execution.tradingClass())
            .putAscii(execution.execId())
            .putUtcTime(execution.timeMs())
            .putAscii(execution.account())
            .putAscii(execution.executionExchange())
            .putAscii(TwsEnums.executionSideText(execution.side()))
            .putQuantity(execution.shares())
            .putPrice(OrderStatusEncoder.zeroIfNull(execution.price()))
            .putLong(execution.permId())
            .putInt(execution.clientId())
            .putInt(execution.liquidation())
            .putQuantity(execution.cumQty())
            .putPrice(OrderStatusEncoder.zeroIfNull(execution.avgPrice()))
            .putAscii(execution.orderRef())
            .putEmpty()                                 // evRule
            .putEmpty()                                 // evMultiplier
            .putAscii(execution.modelCode())
            .putInt(execution.lastLiquidity());
        if (serverVersion >= TwsServerVersion.PENDING_PRICE_REVISION)
        {
            w.putBoolean(execution.pendingPriceRevision());
        }
        return w.endFrame();
    }
}
