package io.ringfence.engine;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BrokerSessionEventEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.tws.CompletedOrderEncoder;
import io.ringfence.codecs.tws.EndMarkerEncoder;
import io.ringfence.codecs.tws.ErrorMessageEncoder;
import io.ringfence.codecs.tws.ExecutionDataEncoder;
import io.ringfence.codecs.tws.NextValidIdEncoder;
import io.ringfence.codecs.tws.OpenOrderEncoder;
import io.ringfence.codecs.tws.OrderStatusEncoder;
import io.ringfence.codecs.tws.PositionDataEncoder;
import io.ringfence.codecs.tws.TwsExecution;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsOrderStatus;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Broker frames as the TWS session hands them to the engine (payload without the length prefix),
 * made with the simulator's own encoders at server version 193.
 */
public final class BrokerFrames
{
    public static final int SERVER_VERSION = 193;
    private static final int PREFIX = 4;

    private BrokerFrames()
    {
    }

    /**
     * The same input as if it came from another gateway session (0 paper, 1 live).
     */
    public static InboundEvent fromSession(final int session, final InboundEvent event)
    {
        event.source = session;
        return event;
    }

    public static InboundEvent connected(final long timestampNs, final int session)
    {
        return sessionEvent(timestampNs, session, SessionState.CONNECTED, SERVER_VERSION);
    }

    public static InboundEvent connected(final long timestampNs)
    {
        return connected(timestampNs, 0);
    }

    /**
     * The event an engine journals once per start.
     */
    public static InboundEvent engineStarted(final long timestampNs)
    {
        return sessionEvent(timestampNs, 0, SessionState.ENGINE_STARTED, 0);
    }

    private static InboundEvent sessionEvent(
        final long timestampNs, final int session, final SessionState state, final int serverVersion)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final BrokerSessionEventEncoder encoder = new BrokerSessionEventEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .session(session)
            .state(state)
            .serverVersion(serverVersion);
        return Intents.event(InputKind.BROKER_SESSION, session, timestampNs, buffer,
            MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public static InboundEvent nextValidId(final long timestampNs, final int orderId)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        return frame(timestampNs, buffer, new NextValidIdEncoder().encode(buffer, 0, orderId));
    }

    public static InboundEvent orderStatus(
        final long timestampNs, final int orderId, final TwsOrderStatus status, final long filled, final long remaining)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        return frame(timestampNs, buffer, new OrderStatusEncoder().encode(buffer, 0, SERVER_VERSION, orderId, status,
            filled, remaining, 0, 5_000 + orderId, 0, 0, 1, Price.NULL));
    }

    public static InboundEvent execution(
        final long timestampNs, final int orderId, final String execId, final long shares, final String price)
    {
        final TwsExecution execution = new TwsExecution()
            .reqId(-1)
            .orderId(orderId)
            .side(Side.BUY)
            .shares(shares)
            .price(Price.parse(price))
            .permId(5_000 + orderId)
            .timeMs(1_700_000_000_000L);
        execution.symbol().set("AAPL");
        execution.execId().set(execId);
        execution.account().set(Intents.ACCOUNT);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
        return frame(timestampNs, buffer, new ExecutionDataEncoder().encode(buffer, 0, SERVER_VERSION, execution));
    }

    public static InboundEvent openOrder(
        final long timestampNs, final int brokerOrderId, final String account, final String orderRef,
        final TwsOrderStatus status)
    {
        return openOrder(timestampNs, order(brokerOrderId, account, orderRef), status);
    }

    /**
     * OPEN_ORDER of a limit order as the broker now holds it, e.g. after a modification.
     */
    public static InboundEvent openLimitOrder(
        final long timestampNs, final int brokerOrderId, final long quantity, final String limitPrice)
    {
        final TwsOrder order = order(brokerOrderId, Intents.ACCOUNT, "k1").totalQuantity(quantity)
            .orderType(OrderType.LIMIT).limitPrice(Price.parse(limitPrice));
        return openOrder(timestampNs, order, TwsOrderStatus.SUBMITTED);
    }

    private static InboundEvent openOrder(final long timestampNs, final TwsOrder order, final TwsOrderStatus status)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        return frame(timestampNs, buffer, new OpenOrderEncoder().encode(buffer, 0, SERVER_VERSION, order, 7_000, status));
    }

    public static InboundEvent completedOrder(
        final long timestampNs, final String account, final String orderRef, final long permId,
        final TwsOrderStatus status, final long filled)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        return frame(timestampNs, buffer, new CompletedOrderEncoder().encode(buffer, 0, SERVER_VERSION,
            order(0, account, orderRef), permId, status, filled, "20261123 09:31:00 America/New_York", status.text()));
    }

    private static TwsOrder order(final int brokerOrderId, final String account, final String orderRef)
    {
        final TwsOrder order = new TwsOrder().orderId(brokerOrderId).side(Side.BUY).totalQuantity(10)
            .orderType(OrderType.MARKET).timeInForce(TimeInForce.DAY);
        order.account().set(account);
        order.symbol().set("AAPL");
        order.orderRef().set(orderRef);
        return order;
    }

    public static InboundEvent openOrderEnd(final long timestampNs)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        return frame(timestampNs, buffer, new EndMarkerEncoder().encodeOpenOrderEnd(buffer, 0));
    }

    public static InboundEvent completedOrdersEnd(final long timestampNs)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        return frame(timestampNs, buffer, new EndMarkerEncoder().encodeCompletedOrdersEnd(buffer, 0));
    }

    public static InboundEvent position(final long timestampNs, final String symbol, final long position)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        return frame(timestampNs, buffer, new PositionDataEncoder().encode(buffer, 0, Intents.ACCOUNT, 265_598, symbol,
            "STK", "SMART", "USD", position, Price.parse("190")));
    }

    public static InboundEvent executionDataEnd(final long timestampNs)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        return frame(timestampNs, buffer, new EndMarkerEncoder().encodeExecutionDataEnd(buffer, 0, 9_001));
    }

    public static InboundEvent disconnected(final long timestampNs)
    {
        return sessionEvent(timestampNs, 0, SessionState.DISCONNECTED, 0);
    }

    public static InboundEvent error(final long timestampNs, final int id, final int code, final String text)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        return frame(timestampNs, buffer, new ErrorMessageEncoder().encode(buffer, 0, SERVER_VERSION, id, code, text));
    }

    private static InboundEvent frame(final long timestampNs, final UnsafeBuffer buffer, final int frameLength)
    {
        final InboundEvent event = new InboundEvent();
        event.input(InputKind.BROKER_FRAME, 0, timestampNs, buffer, PREFIX, frameLength - PREFIX);
        return event;
    }
}
