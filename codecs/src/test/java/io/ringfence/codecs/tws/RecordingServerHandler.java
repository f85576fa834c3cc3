package io.ringfence.codecs.tws;

import org.agrona.AsciiSequenceView;

import java.util.ArrayList;
import java.util.List;

/**
 * Records {@link TwsServerHandler} callbacks as text, copying what it needs.
 */
final class RecordingServerHandler implements TwsServerHandler
{
    final List<String> events = new ArrayList<>();
    final TwsOrder lastOrder = new TwsOrder();
    ExecutionFilterDecoder lastFilter;

    public void onStartApi(final int clientId, final AsciiSequenceView optionalCapabilities)
    {
        events.add("startApi " + clientId + " [" + optionalCapabilities + "]");
    }

    public void onPlaceOrder(final TwsOrder order)
    {
        copy(order, lastOrder);
        events.add("placeOrder " + order.orderId());
    }

    public void onCancelOrder(final int orderId)
    {
        events.add("cancelOrder " + orderId);
    }

    public void onReqIds(final int numIds)
    {
        events.add("reqIds " + numIds);
    }

    public void onReqOpenOrders()
    {
        events.add("reqOpenOrders");
    }

    public void onReqGlobalCancel()
    {
        events.add("reqGlobalCancel");
    }

    public void onReqCompletedOrders(final boolean apiOnly)
    {
        events.add("reqCompletedOrders " + apiOnly);
    }

    public void onReqExecutions(
        final int reqId,
        final int filterClientId,
        final AsciiSequenceView acctCode,
        final AsciiSequenceView time,
        final AsciiSequenceView symbol)
    {
        events.add("reqExecutions " + reqId + " " + filterClientId + " [" + acctCode + "] [" + time + "] [" + symbol + "]");
    }

    public void onReqExecutions(final int reqId, final ExecutionFilterDecoder filter)
    {
        lastFilter = filter;
        events.add("reqExecutions " + reqId + " " + filter.clientId() + " [" + filter.account() + "] [" +
            filter.time() + "] [" + filter.symbol() + "] [" + filter.secType() + "] [" + filter.exchange() + "] [" +
            filter.side() + "]");
    }

    public void onReqAllOpenOrders()
    {
        events.add("reqAllOpenOrders");
    }

    public void onReqAutoOpenOrders(final boolean autoBind)
    {
        events.add("reqAutoOpenOrders " + autoBind);
    }

    public void onReqPositions()
    {
        events.add("reqPositions");
    }

    public void onCancelPositions()
    {
        events.add("cancelPositions");
    }

    public void onReqCurrentTime()
    {
        events.add("reqCurrentTime");
    }

    public void onReqManagedAccounts()
    {
        events.add("reqManagedAccounts");
    }

    public void onReqAccountSummary(final int reqId, final AsciiSequenceView group, final AsciiSequenceView tags)
    {
        events.add("reqAccountSummary " + reqId + " [" + group + "] [" + tags + "]");
    }

    public void onCancelAccountSummary(final int reqId)
    {
        events.add("cancelAccountSummary " + reqId);
    }

    public void onReqMarketData(final MarketDataRequestDecoder request)
    {
        events.add("reqMarketData " + request.tickerId() + " " + request.conId() + " [" + request.symbol() + "] [" +
            request.secType() + "] [" + request.exchange() + "] [" + request.primaryExchange() + "] [" +
            request.currency() + "] [" + request.genericTickList() + "] snapshot=" + request.snapshot() +
            " regulatory=" + request.regulatorySnapshot());
    }

    public void onCancelMarketData(final int tickerId)
    {
        events.add("cancelMarketData " + tickerId);
    }

    public void onReqMarketDataType(final int marketDataType)
    {
        events.add("reqMarketDataType " + marketDataType);
    }

    public void onUnhandled(final int msgId)
    {
        events.add("unhandled " + msgId);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        events.add("protocolError " + error + " " + msgId);
    }

    static void copy(final TwsOrder from, final TwsOrder to)
    {
        to.reset().orderId(from.orderId()).clientId(from.clientId()).conId(from.conId()).side(from.side())
            .totalQuantity(from.totalQuantity()).orderType(from.orderType()).limitPrice(from.limitPrice())
            .auxPrice(from.auxPrice()).trailingPercent(from.trailingPercent()).trailStopPrice(from.trailStopPrice())
            .limitPriceOffset(from.limitPriceOffset()).timeInForce(from.timeInForce()).outsideRth(from.outsideRth())
            .transmit(from.transmit()).hidden(from.hidden()).whatIf(from.whatIf()).parentId(from.parentId())
            .ocaType(from.ocaType());
        to.account().set(from.account());
        to.symbol().set(from.symbol());
        to.secType().set(from.secType());
        to.exchange().set(from.exchange());
        to.primaryExchange().set(from.primaryExchange());
        to.currency().set(from.currency());
        to.orderRef().set(from.orderRef());
        to.ocaGroup().set(from.ocaGroup());
        to.actionText().set(from.actionText());
        to.orderTypeText().set(from.orderTypeText());
        to.timeInForceText().set(from.timeInForceText());
    }
}
