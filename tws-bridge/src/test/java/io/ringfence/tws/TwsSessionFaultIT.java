package io.ringfence.tws;

import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session against a misbehaving gateway on a real loopback socket: version refusal, silence,
 * oversize and out-of-step frames, a throwing handler, a dropped connection and a reconnect.
 */
@Timeout(30)
class TwsSessionFaultIT
{
    private static final String READER_THREAD_NAME = "tws-fault-it-reader";

    private final RecordingBrokerHandler handler = new RecordingBrokerHandler();
    private LoopbackGateway gateway;
    private TwsSession session;

    @AfterEach
    void close() throws InterruptedException
    {
        if (null != session)
        {
            session.close();
        }
        if (null != gateway)
        {
            gateway.close();
        }
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch((thread) -> thread.getName().equals(READER_THREAD_NAME) && thread.isAlive());
    }

    private TwsSession session(final int port, final int handshakeTimeoutMs)
    {
        session = new TwsSession(new TwsSessionContext()
            .port(port)
            .clientId(9)
            .handshakeTimeoutMs(handshakeTimeoutMs)
            .maxFrameLengthBytes(1024)
            .recoveryRequests(false)                        // these tests read the raw frames one by one
            .connectOptions("+PACEAPI")
            .readerThreadName(READER_THREAD_NAME), handler);
        return session;
    }

    private static byte[] frame(final String... fields)
    {
        final byte[] payload = (String.join("\0", fields) + "\0").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
    }

    private TwsSession connected() throws Exception
    {
        gateway = new LoopbackGateway(193, true);
        assertThat(session(gateway.port(), 5_000).connect()).isEqualTo(TwsConnectResult.CONNECTED);
        assertThat(gateway.nextFrame()).containsExactly("71", "2", "9", "");
        handler.await("connected 193");
        return session;
    }

    @Test
    void shouldSendHelloWithConnectOptionsAndStartApiWithClientId() throws Exception
    {
        connected();

        assertThat(gateway.hello()).isEqualTo("v100..193 +PACEAPI");
    }

    @Test
    void shouldRefuseServerVersionBelowSupportedRange() throws Exception
    {
        gateway = new LoopbackGateway(170, true);

        assertThat(session(gateway.port(), 5_000).connect()).isEqualTo(TwsConnectResult.UNSUPPORTED_SERVER_VERSION);
        assertThat(session.isConnected()).isFalse();
    }

    @Test
    void shouldFailHandshakeWhenServerNeverAnswers() throws Exception
    {
        gateway = new LoopbackGateway(193, false);

        assertThat(session(gateway.port(), 300).connect()).isEqualTo(TwsConnectResult.HANDSHAKE_FAILED);
        assertThat(session.isConnected()).isFalse();
    }

    @Test
    void shouldWriteOrdersAndCancelsAsFramesTheGatewayReads() throws Exception
    {
        connected();
        final TwsOrder order = new TwsOrder().orderId(5).side(Side.BUY).totalQuantity(3).orderType(OrderType.MARKET);
        order.symbol().set("MSFT");
        order.account().set("DU1");

        assertThat(session.placeOrder(order)).isTrue();
        assertThat(session.cancelOrder(5)).isTrue();

        final List<String> placeOrder = gateway.nextFrame();
        assertThat(placeOrder).hasSize(118).startsWith("3", "5", "0", "MSFT", "STK");
        assertThat(gateway.nextFrame()).containsExactly("4", "5", "", "", "2147483647");
    }

    @Test
    void shouldAskForRecoveryAgainWhenToldAndForExecutionsSinceShortlyBeforeTheLastOneSeen() throws Exception
    {
        connected();
        final long beforeMs = System.currentTimeMillis();
        gateway.send(frame("11", "-1"));
        gateway.send(frame("9", "1", "56"));
        handler.await("nextValidId 56");
        final long afterMs = System.currentTimeMillis();

        session.requestRecoveryAfter(TimeUnit.MILLISECONDS.toNanos(50));

        List<String> frame = gateway.nextFrame();
        final List<String> requests = new ArrayList<>();
        while (!frame.get(0).equals("7"))
        {
            requests.add(frame.get(0));
            frame = gateway.nextFrame();
        }
        assertThat(requests).contains("5", "99");
        final long sinceMs = LocalDateTime.parse(frame.get(5), DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss"))
            .toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(sinceMs).isBetween(
            beforeMs - TwsSession.EXECUTIONS_SINCE_MARGIN_MS - 1_000, afterMs - TwsSession.EXECUTIONS_SINCE_MARGIN_MS);
        assertThat(gateway.nextFrame()).containsExactly("61", "1");
    }

    @Test
    void shouldSkipAndCountOversizeFrameAndKeepReading() throws Exception
    {
        connected();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(frame("4", "2", "-1", "2104", "x".repeat(2000), ""));
        bytes.write(frame("9", "1", "55"));

        gateway.send(bytes.toByteArray());

        handler.await("nextValidId 55");
        assertThat(session.protocolErrors()).isEqualTo(1);
        assertThat(session.isConnected()).isTrue();
    }

    @Test
    void shouldCloseCleanlyWhenStreamIsOutOfStep() throws Exception
    {
        connected();

        gateway.send(new byte[]{ (byte)0xFF, 0, 0, 0, 'x' });

        handler.await("disconnected");
        assertThat(session.protocolErrors()).isEqualTo(1);
        assertThat(session.isConnected()).isFalse();
    }

    @Test
    void shouldReportMalformedFramesThroughTheDecoderAndKeepReading() throws Exception
    {
        connected();

        gateway.send(frame("3", "1", "Filled", "ten"));
        gateway.send(frame("9", "1", "56"));

        handler.await("protocolError MALFORMED_NUMBER 3");
        handler.await("nextValidId 56");
        assertThat(session.isConnected()).isTrue();
    }

    @Test
    void shouldCountHandlerExceptionAndKeepReading() throws Exception
    {
        connected();
        handler.throwOnFrame = true;
        gateway.send(frame("9", "1", "1"));
        while (session.handlerErrors() == 0)
        {
            Thread.sleep(5);
        }
        handler.throwOnFrame = false;

        gateway.send(frame("9", "1", "57"));

        handler.await("nextValidId 57");
        assertThat(session.handlerErrors()).isEqualTo(1);
    }

    @Test
    void shouldReconnectSameSessionAfterGatewayDropsConnection() throws Exception
    {
        connected();

        gateway.dropClient();
        handler.await("disconnected");
        assertThat(session.isConnected()).isFalse();
        assertThat(session.placeOrder(new TwsOrder().orderType(OrderType.MARKET).side(Side.BUY))).isFalse();

        assertThat(session.connect()).isEqualTo(TwsConnectResult.CONNECTED);
        assertThat(gateway.nextFrame()).containsExactly("71", "2", "9", "");
        handler.await("connected 193");
        gateway.send(frame("9", "1", "58"));
        handler.await("nextValidId 58");
    }
}
