package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.market.QuoteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real gateway on a real loopback socket, driven by a client made of the codec's client-side pieces.
 */
@Timeout(30)
class PaperGatewayIT
{
    private static final String ACCOUNT = "DU8730189";

    private final List<TwsTestClient> clients = new ArrayList<>();
    private PaperGateway gateway;

    @BeforeEach
    void launch()
    {
        gateway = PaperGateway.launch(new SimulatorContext().port(0).nextValidOrderId(100));
    }

    @AfterEach
    void close() throws IOException
    {
        for (final TwsTestClient client : clients)
        {
            client.close();
        }
        final long errors = gateway.errorCount();
        gateway.close();
        assertThat(errors).as("unexpected exceptions on the gateway thread").isZero();
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch((thread) -> thread.getName().equals("ringfence-sim-" + gateway.port()) && thread.isAlive());
    }

    @Test
    void shouldSendAccountsNextValidIdAndFarmNoticesAfterStartApi() throws IOException
    {
        final TwsTestClient client = connect().handshake();
        assertThat(client.serverVersion()).isEqualTo(193);
        assertThat(client.connectionTime()).matches("\\d{8} \\d{2}:\\d{2}:\\d{2} America/New_York");

        assertThat(client.startApi(7)).isEqualTo(100);

        assertThat(client.lines()).startsWith("accounts DU8730189,DUP203550", "nextValidId 100");
        client.await("error -1 2104 Market data farm connection is OK:usfarm");
        client.await("error -1 2106 ");
        client.await("error -1 2158 ");
    }

    @Test
    void shouldNegotiateLowerVersionOfOlderClient() throws IOException
    {
        final TwsTestClient client = connect().handshake(157, 178);

        assertThat(client.serverVersion()).isEqualTo(178);
        assertThat(client.startApi(3)).isEqualTo(100);
        client.placeOrder(order(100, ACCOUNT, "SPY", Side.SELL, 1, OrderType.MARKET, Price.NULL));
        client.await("exec 100 SPY SLD 1@499.99");
    }

    @Test
    void shouldFillMarketBuyAtAsk() throws IOException
    {
        final TwsTestClient client = started(7);
        final QuoteSnapshot quote = gateway.quote("AAPL");
        final String ask = Price.toString(quote.askPrice());

        client.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 100, OrderType.MARKET, Price.NULL));

        assertThat(client.await("status 100 ")).startsWith("status 100 PreSubmitted filled=0 remaining=100");
        assertThat(client.await("status 100 ")).startsWith("status 100 Submitted filled=0 remaining=100");
        final String exec = client.await("exec 100 ");
        assertThat(exec).startsWith("exec 100 AAPL BOT 100@" + ask + " cum=100 avg=" + ask + " acct=" + ACCOUNT +
            " ref=ref-100 reqId=-1 permId=1000000001 conId=265598 execId=");
        final String execId = exec.substring(exec.indexOf("execId=") + "execId=".length());
        assertThat(client.await("commission ")).isEqualTo("commission " + execId + " 1.00 USD realized=");
        assertThat(client.await("status 100 ")).isEqualTo(
            "status 100 Filled filled=100 remaining=0 avg=" + ask + " permId=1000000001 clientId=7");
        assertThat(gateway.position(ACCOUNT, "AAPL")).isEqualTo(100);
    }

    @Test
    void shouldSendAnAnswerLargerThanItsReplyBufferToAClientThatReads() throws IOException
    {
        gateway.close();
        gateway = PaperGateway.launch(
            new SimulatorContext().port(0).nextValidOrderId(100).maxMessagesPerSecond(0).displaySize(10_000_000));
        final TwsTestClient client = started(7);
        final int orders = 2_000;
        for (int i = 0; i < orders; i++)
        {
            client.placeOrder(order(100 + i, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        }
        client.await("status " + (100 + orders - 1) + " Filled");

        client.sendFrame(w -> w.putInt(TwsMessageId.REQ_COMPLETED_ORDERS).putBoolean(false));
        client.await("completedEnd");

        assertThat(client.lines().stream().filter(l -> l.startsWith("completed AAPL BUY 1 MKT filled=1 Filled")))
            .as("every completed order, %d KiB of frames against a %d KiB reply buffer",
                orders * 400 / 1024, ClientConnection.SEND_CAPACITY_BYTES / 1024)
            .hasSize(orders);
    }

    @Test
    void shouldRestLimitThenCancelIt() throws IOException
    {
        final TwsTestClient client = started(7);
        final long bid = gateway.quote("MSFT").bidPrice();

        client.placeOrder(order(100, ACCOUNT, "MSFT", Side.BUY, 10, OrderType.LIMIT, bid - QuoteBook.CENT));
        assertThat(client.await("status 100 ")).startsWith("status 100 PreSubmitted");
        assertThat(client.await("status 100 ")).startsWith("status 100 Submitted filled=0 remaining=10");

        client.cancelOrder(100);
        assertThat(client.await("status 100 ")).startsWith("status 100 Cancelled filled=0 remaining=10");
        assertThat(client.await("error 100 ")).isEqualTo("error 100 202 Order Canceled - reason:");

        client.cancelOrder(100);
        assertThat(client.await("error 100 ")).isEqualTo(
            "error 100 161 Cancel attempted when order is not in a cancellable state. Order permId = 1000000001");
        assertThat(client.lines()).noneMatch((line) -> line.startsWith("exec"));
    }

    @Test
    void shouldFillRestingLimitWhenQuoteMovesThroughIt() throws IOException
    {
        final TwsTestClient client = started(7);
        client.placeOrder(order(100, ACCOUNT, "SPY", Side.SELL, 5, OrderType.LIMIT, Price.parse("501.00")));
        client.await("status 100 Submitted");

        assertThat(gateway.setQuote("SPY", Price.parse("501.05"), Price.parse("501.07"))).isTrue();

        assertThat(client.await("exec 100 ")).startsWith("exec 100 SPY SLD 5@501.05");
        assertThat(client.await("status 100 ")).startsWith("status 100 Filled filled=5 remaining=0 avg=501.05");
        assertThat(gateway.position(ACCOUNT, "SPY")).isEqualTo(-5);
    }

    @Test
    void shouldRejectOrderForUnknownAccount() throws IOException
    {
        final TwsTestClient client = started(7);

        client.placeOrder(order(100, "DU0000000", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));

        assertThat(client.await("error 100 ")).startsWith("error 100 201 Order rejected - reason:");
        assertThat(client.await("status 100 ")).startsWith("status 100 Inactive filled=0 remaining=1");
        assertThat(client.lines()).noneMatch((line) -> line.startsWith("exec"));
    }

    @Test
    void shouldRefuseDuplicateOrderIdAndUnknownCancel() throws IOException
    {
        final TwsTestClient client = started(7);
        client.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        client.await("status 100 Filled");

        client.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertThat(client.await("error 100 ")).isEqualTo("error 100 103 Duplicate order ID.");

        client.cancelOrder(555);
        assertThat(client.await("error 555 ")).isEqualTo(
            "error 555 10147 OrderId 555 that needs to be cancelled is not found.");
    }

    @Test
    void shouldServeSeveralClientsAndRefuseClientIdInUse() throws IOException
    {
        final TwsTestClient first = started(1);
        final TwsTestClient second = started(2);
        final TwsTestClient duplicate = connect().handshake();

        duplicate.sendFrame((w) -> w.putInt(TwsMessageId.START_API).putInt(2).putInt(1).putEmpty());
        assertThat(duplicate.awaitClosed()).isTrue();
        assertThat(duplicate.lines()).contains("error -1 326 " + GatewayErrors.CLIENT_ID_IN_USE_TEXT);

        first.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        second.placeOrder(order(100, "DUP203550", "AAPL", Side.SELL, 1, OrderType.MARKET, Price.NULL));
        assertThat(first.await("status 100 Filled")).endsWith("clientId=1");
        assertThat(second.await("status 100 Filled")).endsWith("clientId=2");
        assertThat(first.lines()).noneMatch((line) -> line.contains("clientId=2"));
    }

    @Test
    void shouldRefuseClientBelowVersion176() throws IOException
    {
        final TwsTestClient client = connect().handshake(100, 175);

        assertThat(client.lines()).containsExactly("error -1 506 " + GatewayErrors.UNSUPPORTED_VERSION_TEXT);
        assertThat(client.awaitClosed()).isTrue();
    }

    @Test
    void shouldAnswerBadRequestsWithErrorsAndKeepServing() throws IOException
    {
        final TwsTestClient client = started(7);

        client.sendFrame((w) -> w.putInt(TwsMessageId.REQ_ACCOUNT_DATA).putInt(2).putBoolean(true).putEmpty());
        assertThat(client.await("error -1 321 ")).isEqualTo("error -1 321 " + GatewayErrors.UNSUPPORTED_REQUEST_TEXT + 6);

        client.sendFrame((w) -> w.putInt(TwsMessageId.CANCEL_ORDER).putAscii("not-a-number"));
        assertThat(client.await("error -1 320 ")).startsWith("error -1 320 Error reading request: message id 4");

        client.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        client.await("status 100 Filled");
    }

    @Test
    void shouldCloseGarbageClientWithoutAffectingOthers() throws IOException
    {
        final TwsTestClient good = started(7);
        final TwsTestClient garbage = connect();

        garbage.sendRaw("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.awaitClosed()).isTrue();

        good.placeOrder(order(100, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        good.await("status 100 Filled");
    }

    @Test
    void shouldLetClientReconnectWithSameIdAndContinueAboveUsedIds() throws IOException
    {
        final TwsTestClient first = started(7);
        first.placeOrder(order(250, ACCOUNT, "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("100.00")));
        first.await("status 250 Submitted");
        first.close();

        final TwsTestClient again = connect().handshake();
        assertThat(again.startApi(7)).isEqualTo(251);
        again.cancelOrder(250);
        again.await("status 250 Cancelled");
    }

    @Test
    void shouldReleasePortAndThreadOnClose() throws IOException
    {
        final int port = gateway.port();
        gateway.close();
        gateway.close();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress()))
        {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private TwsTestClient connect() throws IOException
    {
        final TwsTestClient client = new TwsTestClient(gateway.port());
        clients.add(client);
        return client;
    }

    private TwsTestClient started(final int clientId) throws IOException
    {
        final TwsTestClient client = connect().handshake();
        client.startApi(clientId);
        return client;
    }

    private static TwsOrder order(
        final int orderId,
        final String account,
        final String symbol,
        final Side side,
        final long quantity,
        final OrderType orderType,
        final long limitPrice)
    {
        final TwsOrder order = new TwsOrder()
            .orderId(orderId)
            .side(side)
            .totalQuantity(quantity)
            .orderType(orderType)
            .limitPrice(limitPrice);
        order.account().set(account);
        order.symbol().set(symbol);
        order.orderRef().set("ref-" + orderId);
        return order;
    }
}
