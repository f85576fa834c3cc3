package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faults on command against the real gateway on loopback: dropped connections, the daily restart,
 * connectivity notices, delayed and duplicated messages, the message-rate limit and the control port.
 */
@Timeout(30)
class PaperGatewayFaultsIT
{
    private static final String ACCOUNT = "DU8730189";

    private final List<TwsTestClient> clients = new ArrayList<>();
    private PaperGateway gateway;

    @AfterEach
    void close() throws IOException
    {
        for (final TwsTestClient client : clients)
        {
            client.close();
        }
        if (null != gateway)
        {
            final long errors = gateway.errorCount();
            gateway.close();
            assertThat(errors).as("unexpected exceptions on the gateway thread").isZero();
        }
    }

    @Test
    void shouldDropConnectionAndKeepOrdersWorking() throws IOException
    {
        launch(new SimulatorContext().port(0));
        final TwsTestClient client = started(7);
        client.placeOrder(order(1, "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("150.00")));
        client.await("status 1 Submitted");

        assertThat(gateway.dropConnection(7)).isEqualTo(1);
        assertThat(client.awaitClosed()).isTrue();
        assertThat(gateway.liveOrderCount()).isEqualTo(1);

        final TwsTestClient again = started(7);
        again.sendFrame((w) -> w.putInt(TwsMessageId.REQ_OPEN_ORDERS).putInt(1));
        assertThat(again.await("open 1 ")).contains("AAPL BUY 10 LMT lmt=150").contains("Submitted");
        again.await("openOrderEnd");
    }

    @Test
    void shouldRefuseConnectionsDuringDailyRestartAndComeBackWithRolledBackIds() throws Exception
    {
        launch(new SimulatorContext().port(0).nextValidOrderId(100));
        final TwsTestClient client = started(7);
        client.placeOrder(order(120, "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL));
        client.await("status 120 Filled");

        gateway.dailyRestart(300, 15);

        assertThat(client.awaitClosed()).isTrue();
        assertThat(gateway.isListening()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", gateway.port()).close()).isInstanceOf(ConnectException.class);

        final long deadlineMs = System.currentTimeMillis() + 10_000;
        while (!gateway.isListening() && System.currentTimeMillis() < deadlineMs)
        {
            Thread.sleep(10);
        }
        final TwsTestClient again = connect().handshake();
        assertThat(again.startApi(7)).as("rolled back below the used id 120").isEqualTo(106);
        again.placeOrder(order(106, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        again.await("status 106 Filled");
    }

    @Test
    void shouldSendConnectivityNoticesDelayStatusAndDuplicateExecution() throws IOException
    {
        launch(new SimulatorContext().port(0));
        final TwsTestClient client = started(7);

        gateway.connectivityLost();
        assertThat(client.await("error -1 1100 ")).contains("has been lost");
        gateway.connectivityRestored(true);
        client.await("error -1 1102 ");

        gateway.duplicateExecutions(1);
        gateway.delayOrderStatus(1, 200);
        client.placeOrder(order(1, "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL));
        final String exec = client.await("exec 1 ");
        assertThat(client.await("exec 1 ")).as("same execution twice").isEqualTo(exec);
        client.await("status 1 Filled");
        assertThat(client.await("status 1 PreSubmitted")).as("the delayed status comes last").isNotNull();
    }

    @Test
    void shouldSendErrorHundredAndDisconnectPastMessageRate() throws IOException
    {
        launch(new SimulatorContext().port(0).maxMessagesPerSecond(5));
        final TwsTestClient client = started(7);

        for (int i = 0; i < 10; i++)
        {
            client.sendFrame((w) -> w.putInt(TwsMessageId.REQ_CURRENT_TIME).putInt(1));
        }

        assertThat(client.awaitClosed()).isTrue();
        assertThat(client.lines()).anyMatch((line) -> line.startsWith("error -1 100 Max rate of messages"));
        assertThat(client.lines().stream().filter((line) -> line.startsWith("time "))).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void shouldServeFaultCommandsOnControlPort() throws IOException
    {
        launch(new SimulatorContext().port(0).controlPort(0));
        final TwsTestClient client = started(7);

        try (Socket control = new Socket("127.0.0.1", gateway.controlPort());
            PrintWriter out = new PrintWriter(control.getOutputStream(), true, StandardCharsets.US_ASCII);
            BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(),
                StandardCharsets.US_ASCII)))
        {
            out.println("reject-next");
            assertThat(in.readLine()).isEqualTo("ok");
            out.println("quote AAPL 100.00 100.02");
            assertThat(in.readLine()).isEqualTo("ok");
            out.println("bogus");
            assertThat(in.readLine()).startsWith("error commands:");
        }

        client.placeOrder(order(1, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertThat(client.await("error 1 ")).startsWith("error 1 201 ");
        client.placeOrder(order(2, "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertThat(client.await("exec 2 ")).contains("1@100.02");
        assertThat(gateway.control("drop 7")).isEqualTo("ok dropped 1");
        assertThat(client.awaitClosed()).isTrue();
    }

    private void launch(final SimulatorContext ctx)
    {
        gateway = PaperGateway.launch(ctx);
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
        final int orderId, final String symbol, final Side side, final long quantity, final OrderType type,
        final long limitPrice)
    {
        final TwsOrder order = new TwsOrder()
            .orderId(orderId)
            .side(side)
            .totalQuantity(quantity)
            .orderType(type)
            .limitPrice(limitPrice);
        order.account().set(ACCOUNT);
        order.symbol().set(symbol);
        return order;
    }
}
