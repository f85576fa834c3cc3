package io.ringfence.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import io.ringfence.sim.market.QuoteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session against the real paper gateway (module {@code simulator}) on a loopback socket.
 */
@Timeout(30)
class TwsSessionIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final String READER_THREAD_NAME = "tws-session-it-reader";

    private final RecordingBrokerHandler handler = new RecordingBrokerHandler();
    private PaperGateway gateway;
    private TwsSession session;

    @BeforeEach
    void launch()
    {
        gateway = PaperGateway.launch(new SimulatorContext().port(0).nextValidOrderId(100));
        session = new TwsSession(new TwsSessionContext()
            .port(gateway.port())
            .clientId(7)
            .readerThreadName(READER_THREAD_NAME), handler);
    }

    @AfterEach
    void close()
    {
        session.close();
        gateway.close();
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch((thread) -> thread.getName().equals(READER_THREAD_NAME) && thread.isAlive());
    }

    private TwsOrder order(final int orderId, final String symbol, final Side side, final long quantity)
    {
        final TwsOrder order = new TwsOrder().orderId(orderId).side(side).totalQuantity(quantity)
            .orderType(OrderType.MARKET);
        order.symbol().set(symbol);
        order.account().set(ACCOUNT);
        order.orderRef().set("idem-" + orderId);
        return order;
    }

    @Test
    void shouldReceiveAccountsAndNextValidIdWhenConnected() throws Exception
    {
        assertThat(session.connect()).isEqualTo(TwsConnectResult.CONNECTED);

        assertThat(session.isConnected()).isTrue();
        assertThat(session.serverVersion()).isEqualTo(193);
        assertThat(handler.await("connected")).isEqualTo("connected 193");
        assertThat(handler.await("accounts")).isEqualTo("accounts DU8730189,DUP203550");
        assertThat(handler.await("nextValidId")).isEqualTo("nextValidId 100");
        handler.await("error -1 2104");
        assertThat(session.connect()).isEqualTo(TwsConnectResult.ALREADY_CONNECTED);
    }

    @Test
    void shouldReceiveOrderStatusAndExecutionWhenMarketOrderFills() throws Exception
    {
        assertThat(session.connect()).isEqualTo(TwsConnectResult.CONNECTED);
        handler.await("nextValidId 100");
        final QuoteSnapshot quote = gateway.quote("AAPL");

        assertThat(session.placeOrder(order(100, "AAPL", Side.BUY, 10))).isTrue();

        final String execution = handler.await("exec 100");
        assertThat(execution).isEqualTo("exec 100 AAPL BUY 10@" + Price.toString(quote.askPrice()) +
            " ref=idem-100 acct=" + ACCOUNT + " cum=10");
        assertThat(handler.lastExecutionTimeMs).isGreaterThan(0);
        assertThat(handler.await("status 100 FILLED")).contains("filled=10 remaining=0");
        assertThat(handler.seen()).noneMatch((event) -> event.startsWith("protocolError"));
        assertThat(session.protocolErrors()).isZero();
    }

    @Test
    void shouldReceiveErrorWhenCancellingUnknownOrder() throws Exception
    {
        session.connect();
        handler.await("nextValidId");

        assertThat(session.cancelOrder(4242)).isTrue();

        assertThat(handler.await("error 4242")).startsWith("error 4242 10147");
    }

    @Test
    void shouldAnswerRequestIdsWithNextValidId() throws Exception
    {
        session.connect();
        handler.await("nextValidId 100");

        assertThat(session.requestIds()).isTrue();

        handler.await("nextValidId 100");
    }

    @Test
    void shouldReportDisconnectionAndRefuseOrdersWhenClosed() throws Exception
    {
        session.connect();
        handler.await("nextValidId");

        session.close();

        assertThat(handler.await("disconnected")).isEqualTo("disconnected");
        assertThat(session.isConnected()).isFalse();
        assertThat(session.placeOrder(order(100, "AAPL", Side.BUY, 1))).isFalse();
        assertThat(session.cancelOrder(100)).isFalse();
        assertThat(session.connect()).isEqualTo(TwsConnectResult.CLOSED);
    }

    @Test
    void shouldReportDisconnectionWhenGatewayGoesAway() throws Exception
    {
        session.connect();
        handler.await("nextValidId");

        gateway.close();

        handler.await("disconnected");
        assertThat(session.isConnected()).isFalse();
        assertThat(session.placeOrder(order(100, "AAPL", Side.BUY, 1))).isFalse();
    }

    @Test
    void shouldFailToConnectWhenNothingListens() throws IOException
    {
        final int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            closedPort = probe.getLocalPort();
        }
        try (TwsSession refused = new TwsSession(new TwsSessionContext().port(closedPort).connectTimeoutMs(1_000), handler))
        {
            assertThat(refused.connect()).isEqualTo(TwsConnectResult.CONNECT_FAILED);
            assertThat(refused.isConnected()).isFalse();
            assertThat(refused.placeOrder(order(1, "AAPL", Side.BUY, 1))).isFalse();
        }
    }
}
