package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Records {@link TwsInboundHandler} callbacks as text.
 */
final class RecordingInboundHandler implements TwsInboundHandler
{
    final List<String> events = new ArrayList<>();
    long lastExecutionTimeMs;
    long lastErrorTimeMs;

    public void onNextValidId(final int orderId)
    {
        events.add("nextValidId " + orderId);
    }

    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
        events.add("managedAccounts " + buffer.getStringWithoutLengthAscii(offset, length));
    }

    public void onOrderStatus(final OrderStatusDecoder d)
    {
        events.add("orderStatus " + d.orderId() + " " + d.status() + " [" + d.statusText() + "] filled=" + d.filled() +
            " remaining=" + d.remaining() + " avg=" + Price.toString(d.avgFillPrice()) + " permId=" + d.permId() +
            " parent=" + d.parentId() + " last=" + Price.toString(d.lastFillPrice()) + " client=" + d.clientId() +
            " whyHeld=[" + d.whyHeld() + "] cap=" + Price.toString(d.mktCapPrice()));
    }

    public void onError(final ErrorMessageDecoder d)
    {
        lastErrorTimeMs = d.errorTimeMs();
        events.add("error " + d.id() + " " + d.code() + " [" + d.message() + "] [" + d.advancedOrderRejectJson() + "]");
    }

    public void onExecution(final ExecutionDataDecoder d)
    {
        lastExecutionTimeMs = d.timeMs();
        events.add("execution req=" + d.reqId() + " order=" + d.orderId() + " con=" + d.conId() + " " + d.symbol() +
            " " + d.secType() + " " + d.exchange() + " " + d.currency() + " [" + d.localSymbol() + "] [" +
            d.tradingClass() + "] exec=" + d.execId() + " time=[" + d.time() + "] acct=" + d.account() +
            " venue=" + d.executionExchange() + " " + d.side() + " " + d.shares() + "@" + Price.toString(d.price()) +
            " perm=" + d.permId() + " client=" + d.clientId() + " liq=" + d.liquidation() + " cum=" + d.cumQty() +
            " avg=" + Price.toString(d.avgPrice()) + " ref=" + d.orderRef() + " model=[" + d.modelCode() +
            "] lastLiq=" + d.lastLiquidity() + " ppr=" + d.pendingPriceRevision());
    }

    public void onCommissionReport(final CommissionReportDecoder d)
    {
        events.add("commission " + d.execId() + " " + Price.toString(d.commission()) + " " + d.currency() +
            " pnl=" + Price.toString(d.realizedPnl()) + " yield=" + Price.toString(d.yield()) + " date=" +
            d.yieldRedemptionDate());
    }

    public void onOpenOrderEnd()
    {
        events.add("openOrderEnd");
    }

    public void onExecutionDataEnd(final int reqId)
    {
        events.add("executionDataEnd " + reqId);
    }

    public void onOpenOrder(final OpenOrderDecoder d)
    {
        events.add("openOrder " + d.orderId() + " client=" + d.clientId() + " perm=" + d.permId() + " " + d.conId() +
            " " + d.symbol() + " " + d.secType() + " " + d.exchange() + " " + d.currency() + " x" + d.multiplier() +
            " " + d.side() + " " + d.totalQuantity() + " " + d.orderType() + " lmt=" + Price.toString(d.limitPrice()) +
            " aux=" + Price.toString(d.auxPrice()) + " " + d.timeInForce() + " oca=[" + d.ocaGroup() + "]/" +
            d.ocaType() + " acct=" + d.account() + " ref=" + d.orderRef() + " parent=" + d.parentId() + " rth=" +
            d.outsideRth() + " trailStop=" + Price.toString(d.trailStopPrice()) + " trailPct=" +
            Price.toString(d.trailingPercent()) + " " + d.status() + " whatIf=" + d.whatIf());
    }

    public void onCompletedOrder(final CompletedOrderDecoder d)
    {
        events.add("completedOrder perm=" + d.permId() + " " + d.symbol() + " " + d.side() + " " + d.totalQuantity() +
            " " + d.orderType() + " lmt=" + Price.toString(d.limitPrice()) + " acct=" + d.account() + " ref=" +
            d.orderRef() + " " + d.status() + " filled=" + d.filledQuantity() + " parentPerm=" + d.parentPermId() +
            " time=[" + d.completedTime() + "] [" + d.completedStatus() + "]");
    }

    public void onCompletedOrdersEnd()
    {
        events.add("completedOrdersEnd");
    }

    public void onPosition(final PositionDataDecoder d)
    {
        events.add("position " + d.account() + " " + d.conId() + " " + d.symbol() + " " + d.secType() + " x" +
            d.multiplier() + " " + d.exchange() + " " + d.currency() + " [" + d.localSymbol() + "] " + d.position() +
            " @" + Price.toString(d.avgCost()));
    }

    public void onPositionEnd()
    {
        events.add("positionEnd");
    }

    public void onAccountSummary(final AccountSummaryDecoder d)
    {
        events.add("accountSummary " + d.reqId() + " " + d.account() + " " + d.tag() + "=" + d.value() + " " +
            d.currency());
    }

    public void onAccountSummaryEnd(final int reqId)
    {
        events.add("accountSummaryEnd " + reqId);
    }

    public void onCurrentTime(final long epochSeconds)
    {
        events.add("currentTime " + epochSeconds);
    }

    public void onTickPrice(final int tickerId, final int tickType, final long price, final long size, final int attrMask)
    {
        events.add("tickPrice " + tickerId + " " + tickType + " " + Price.toString(price) + " size=" +
            (TwsFieldWriter.QUANTITY_NULL == size ? "none" : Long.toString(size)) + " attr=" + attrMask);
    }

    public void onTickSize(final int tickerId, final int tickType, final long size)
    {
        events.add("tickSize " + tickerId + " " + tickType + " " + size);
    }

    public void onTickSnapshotEnd(final int tickerId)
    {
        events.add("tickSnapshotEnd " + tickerId);
    }

    public void onUnhandled(final int msgId)
    {
        events.add("unhandled " + msgId);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        events.add("protocolError " + error + " " + msgId);
    }
}
