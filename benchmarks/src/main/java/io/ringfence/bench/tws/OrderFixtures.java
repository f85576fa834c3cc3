package io.ringfence.bench.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.tws.ExecutionDataEncoder;
import io.ringfence.codecs.tws.OrderStatusEncoder;
import io.ringfence.codecs.tws.TwsExecution;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsOrderStatus;
import org.agrona.MutableDirectBuffer;

/**
 * The one order every encoder benchmark sends, and the broker replies the decoders read: a realistic
 * LMT stock order (BUY 100 AAPL at 150.25, DAY, account and idempotency key as orderRef / ClOrdID).
 */
final class OrderFixtures
{
    static final int SERVER_VERSION = 193;
    static final int ORDER_ID = 1_000_001;
    static final String ACCOUNT = "DU1234567";
    static final String SYMBOL = "AAPL";
    static final String ORDER_REF = "rf-7f3a9c2e-000001";
    static final long QUANTITY = 100;
    static final long LIMIT_PRICE = Price.parse("150.25");
    static final long LIMIT_PRICE_CENTS = 15_025;
    static final long TRANSACT_TIME_MS = 1_767_000_000_123L;
    static final String SENDER_COMP_ID = "RINGFENCE";
    static final String TARGET_COMP_ID = "IBKR";

    private OrderFixtures()
    {
    }

    static TwsOrder limitOrder()
    {
        final TwsOrder order = new TwsOrder().orderId(ORDER_ID).side(Side.BUY).totalQuantity(QUANTITY)
            .orderType(OrderType.LIMIT).limitPrice(LIMIT_PRICE).timeInForce(TimeInForce.DAY);
        order.symbol().set(SYMBOL);
        order.primaryExchange().set("NASDAQ");
        order.account().set(ACCOUNT);
        order.orderRef().set(ORDER_REF);
        return order;
    }

    /**
     * @return frame length, prefix included: a partial fill of the order.
     */
    static int encodeOrderStatus(final MutableDirectBuffer buffer, final int offset)
    {
        return new OrderStatusEncoder().encode(buffer, offset, SERVER_VERSION, ORDER_ID, TwsOrderStatus.SUBMITTED,
            40, 60, LIMIT_PRICE, 1_889_123_456L, 0, LIMIT_PRICE, 7, Price.NULL);
    }

    /**
     * @return frame length, prefix included: the fill behind that status.
     */
    static int encodeExecution(final MutableDirectBuffer buffer, final int offset)
    {
        final TwsExecution execution = new TwsExecution().reqId(-1).orderId(ORDER_ID).conId(265598)
            .timeMs(TRANSACT_TIME_MS).side(Side.BUY).shares(40).price(LIMIT_PRICE).permId(1_889_123_456L)
            .clientId(7).cumQty(40).avgPrice(LIMIT_PRICE).lastLiquidity(2);
        execution.symbol().set(SYMBOL);
        execution.exchange().set("ISLAND");
        execution.localSymbol().set(SYMBOL);
        execution.tradingClass().set("NMS");
        execution.execId().set("0000e0d5.6596a0c7.01.01");
        execution.account().set(ACCOUNT);
        execution.executionExchange().set("ISLAND");
        execution.orderRef().set(ORDER_REF);
        return new ExecutionDataEncoder().encode(buffer, offset, SERVER_VERSION, execution);
    }
}
