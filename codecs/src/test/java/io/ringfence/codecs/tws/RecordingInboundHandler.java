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

    public void onUnhandled(final int msgId)
    {
        events.add("unhandled " + msgId);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        events.add("protocolError " + error + " " + msgId);
    }
}
