package io.ringfence.tws;

import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session supervises itself against the real paper gateway: the gateway dies mid-order and a
 * new one starts on the same port (as after IB Gateway's daily restart); the session reconnects with
 * back-off, re-requests ids, open orders, completed orders, executions and positions, and never
 * reuses an order id although the new gateway hands out the same ids again. Pacing holds all along.
 */
@Timeout(30)
class TwsSessionReconnectIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final String READER_THREAD_NAME = "tws-reconnect-it-reader";
    private static final String CONDUCTOR_THREAD_NAME = "tws-reconnect-it-conductor";
    private static final int RECOVERY_FRAMES = 7;    // REQ_IDS + 4 reconciliation requests + account summary cancel and request

    private final RecordingBrokerHandler handler = new RecordingBrokerHandler();
    private PaperGateway gateway;
    private TwsSession session;

    @AfterEach
    void close()
    {
        if (null != session)
        {
            session.close();
        }
        if (null != gateway)
        {
            gateway.close();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch((thread) -> thread.isAlive() &&
            (thread.getName().equals(READER_THREAD_NAME) || thread.getName().equals(CONDUCTOR_THREAD_NAME)));
    }

    private static TwsOrder order(final int orderId)
    {
        final TwsOrder order = new TwsOrder().orderId(orderId).side(Side.BUY).totalQuantity(1)
            .orderType(OrderType.MARKET);
        order.symbol().set("AAPL");
        order.account().set(ACCOUNT);
        order.orderRef().set("idem-" + orderId);
        return order;
    }

    private TwsSession session(final int port, final int rate, final int burst)
    {
        return new TwsSession(new TwsSessionContext()
            .port(port)
            .clientId(7)
            .reconnect(true)
            .reconnectInitialBackoffMs(50)
            .reconnectMaxBackoffMs(400)
            .pacingRatePerSecond(rate)
            .pacingBurst(burst)
            .executionsAccount(ACCOUNT)
            .readerThreadName(READER_THREAD_NAME)
            .conductorThreadName(CONDUCTOR_THREAD_NAME), handler);
    }

    private static void awaitAtLeast(final java.util.function.LongSupplier value, final long expected)
        throws InterruptedException
    {
        while (value.getAsLong() < expected)
        {
            Thread.sleep(5);
        }
    }

    @Test
    void shouldReconnectAndNeverReuseOrderIdWhenGatewayRestartsMidOrder() throws Exception
    {
        gateway = PaperGateway.launch(new SimulatorContext().port(0).nextValidOrderId(100));
        final int port = gateway.port();
        session = session(port, 45, 5);
        assertThat(session.connect()).isEqualTo(TwsConnectResult.CONNECTED);
        handler.await("nextValidId 100");
        awaitAtLeast(session::messagesSent, RECOVERY_FRAMES);

        final List<Integer> usedIds = new ArrayList<>();
        final int first = session.nextOrderId();
        usedIds.add(first);
        assertThat(session.placeOrder(order(first))).isTrue();
        gateway.close();                                    // mid-order: the socket dies under the session
        handler.await("disconnected");
        final long sentBefore = session.messagesSent();

        gateway = PaperGateway.launch(new SimulatorContext().port(port).nextValidOrderId(100));
        assertThat(handler.await("connected")).isEqualTo("connected 193");
        handler.await("nextValidId 100");
        awaitAtLeast(session::messagesSent, sentBefore + RECOVERY_FRAMES);
        assertThat(session.reconnects()).isPositive();
        assertThat(session.isReady()).isTrue();

        final int second = session.nextOrderId();
        assertThat(second).isGreaterThan(first);
        usedIds.add(second);
        assertThat(session.placeOrder(order(second))).isTrue();
        assertThat(handler.await("status " + second)).startsWith("status " + second);
        assertThat(usedIds).doesNotHaveDuplicates();
        assertThat(session.pacingViolations()).isZero();
        assertThat(session.protocolErrors()).isZero();
    }

    @Test
    void shouldQueueAndReleaseAtPacingRateWhenOverBudget() throws Exception
    {
        gateway = PaperGateway.launch(new SimulatorContext().port(0).nextValidOrderId(100));
        session = session(gateway.port(), 40, 2);
        session.connect();
        handler.await("nextValidId 100");
        awaitAtLeast(session::messagesSent, RECOVERY_FRAMES);

        final long startNs = System.nanoTime();
        final int orders = 12;
        for (int i = 0; i < orders; i++)
        {
            assertThat(session.requestCurrentTime()).isTrue();
        }
        awaitAtLeast(session::messagesSent, RECOVERY_FRAMES + orders);
        final long elapsedMs = (System.nanoTime() - startNs) / 1_000_000;

        assertThat(session.messagesQueued()).isPositive();
        assertThat(session.pacingDelayTotalNs()).isPositive();
        assertThat(elapsedMs).isGreaterThanOrEqualTo((orders - 2) * 1000L / 40 - 30);
        assertThat(session.pacingQueueDepth()).isZero();
    }

    @Test
    void shouldRefuseOrderWhenAccountMissing() throws Exception
    {
        gateway = PaperGateway.launch(new SimulatorContext().port(0).nextValidOrderId(100));
        session = session(gateway.port(), 45, 5);
        session.connect();
        handler.await("nextValidId 100");
        final TwsOrder noAccount = order(100);
        noAccount.account().clear();

        assertThat(session.placeOrder(noAccount)).isFalse();
        assertThat(session.refusedOrders()).isEqualTo(1);
    }
}
