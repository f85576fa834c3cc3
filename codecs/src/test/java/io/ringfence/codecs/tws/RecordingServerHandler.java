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
