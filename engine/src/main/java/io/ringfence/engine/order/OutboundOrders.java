package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.tws.TwsOrder;

/**
 * Fills the PLACE_ORDER the output stage sends from an engine order: the account is always set
 * and the idempotency key travels as {@code orderRef}, which is how recovery finds the order at
 * the broker after a crash.
 */
final class OutboundOrders
{
    /**
     * IB's OCA type 1: cancel the other orders of the group, with block (overfill protection).
     */
    private static final int OCA_REDUCE_WITH_BLOCK = 1;

    /**
     * The same order with its pending modification: same broker order id, new values (a bracket
     * exit stays its entry's child in the same OCA group).
     */
    void fillReplace(final TwsOrder outbound, final Order order)
    {
        if (order.bracketEntry != null)
        {
            fillBracketExit(outbound, order, order.bracketEntry, true);
        }
        else
        {
            fill(outbound, order);
        }
        outbound.totalQuantity(order.pendingQuantity)
            .limitPrice(order.pendingLimitPrice)
            .timeInForce(order.pendingTimeInForce);
        stop(outbound, order.type, order.pendingStopPrice);
    }

    void fill(final TwsOrder outbound, final Order order)
    {
        outbound.reset()
            .orderId(order.brokerOrderId)
            .side(order.side)
            .totalQuantity(order.quantity)
            .orderType(order.type)
            .limitPrice(order.limitPrice)
            .timeInForce(order.timeInForce)
            .outsideRth(order.outsideRth)
            .transmit(true);
        outbound.account().set(order.text, Order.ACCOUNT_OFFSET, order.textLength(Order.ACCOUNT_OFFSET, 16));
        outbound.symbol().set(order.text, Order.SYMBOL_OFFSET, order.textLength(Order.SYMBOL_OFFSET, 16));
        outbound.orderRef().set(order.text, Order.KEY_OFFSET, order.textLength(Order.KEY_OFFSET, 32));
        stop(outbound, order.type, order.stopPrice);
    }

    /**
     * A bracket's exit: a child of the entry in one OCA group (named by the entry's key; when
     * one exit fills, the broker cancels the other, reducing the rest), transmitted only with the
     * last leg so nothing goes live before all three are placed.
     */
    void fillBracketExit(final TwsOrder outbound, final Order exit, final Order entry, final boolean transmit)
    {
        fill(outbound, exit);
        outbound.parentId(entry.brokerOrderId).ocaType(OCA_REDUCE_WITH_BLOCK).transmit(transmit);
        outbound.ocaGroup().set(entry.text, Order.KEY_OFFSET, entry.textLength(Order.KEY_OFFSET, 32));
    }

    /**
     * The engine keeps one stop field: IB's auxPrice (a stop price, or a trailing amount), or, for
     * a percent trailing stop, IB's trailingPercent.
     */
    private static void stop(final TwsOrder outbound, final OrderType type, final long stopPrice)
    {
        if (type == OrderType.TRAILING_STOP_PERCENT)
        {
            outbound.auxPrice(Price.NULL).trailingPercent(stopPrice);
        }
        else
        {
            outbound.auxPrice(stopPrice).trailingPercent(Price.NULL);
        }
    }
}
