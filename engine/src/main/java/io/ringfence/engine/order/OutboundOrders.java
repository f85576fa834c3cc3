package io.ringfence.engine.order;

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
            .auxPrice(order.pendingStopPrice)
            .timeInForce(order.pendingTimeInForce);
    }

    void fill(final TwsOrder outbound, final Order order)
    {
        outbound.reset()
            .orderId(order.brokerOrderId)
            .side(order.side)
            .totalQuantity(order.quantity)
            .orderType(order.type)
            .limitPrice(order.limitPrice)
            .auxPrice(order.stopPrice)
            .timeInForce(order.timeInForce)
            .outsideRth(order.outsideRth)
            .transmit(true);
        outbound.account().set(order.text, Order.ACCOUNT_OFFSET, order.textLength(Order.ACCOUNT_OFFSET, 16));
        outbound.symbol().set(order.text, Order.SYMBOL_OFFSET, order.textLength(Order.SYMBOL_OFFSET, 16));
        outbound.orderRef().set(order.text, Order.KEY_OFFSET, order.textLength(Order.KEY_OFFSET, 32));
    }
}
