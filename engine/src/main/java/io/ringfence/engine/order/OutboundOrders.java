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
     * The same order with its pending modification: same broker order id, new values.
     */
    void fillReplace(final TwsOrder outbound, final Order order)
    {
        fill(outbound, order);
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
