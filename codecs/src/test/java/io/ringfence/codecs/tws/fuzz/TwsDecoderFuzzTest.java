package io.ringfence.codecs.tws.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.tws.CancelOrderEncoder;
import io.ringfence.codecs.tws.CommissionReportEncoder;
import io.ringfence.codecs.tws.ErrorMessageEncoder;
import io.ringfence.codecs.tws.ExecutionDataEncoder;
import io.ringfence.codecs.tws.NextValidIdEncoder;
import io.ringfence.codecs.tws.OpenOrderEncoder;
import io.ringfence.codecs.tws.OrderStatusEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.TwsExecution;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsFrameHandler;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.codecs.tws.TwsServerAdapter;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the TWS decoders with Jazzer: the frame assembler and both adapters fed
 * arbitrary bytes (malformed lengths, truncated frames, garbage numbers, unknown message ids).
 * <p>
 * Input layout: {@code [server version selector][read size selector][bytes...]}. The bytes go to
 * both adapters as one frame payload, then through a {@link TwsFrameAssembler} in reads of the
 * selected size, each delivered frame to both adapters. Checked for every input:
 * <ol>
 *     <li>nothing is thrown (Jazzer reports any escaping exception as a finding);</li>
 *     <li>every frame handed to an adapter ends in exactly one callback: decoded, unhandled or a
 *     counted protocol error;</li>
 *     <li>the assembler frames, skips and fails exactly as {@link FramingModel} reads the same bytes;</li>
 *     <li>afterwards a valid PLACE_ORDER and ORDER_STATUS still decode: directly if the stream
 *     ended on a frame boundary, else after {@link TwsFrameAssembler#reset()} (the reconnect).</li>
 * </ol>
 * The seeds are valid frame streams and payloads from our own encoders at several server versions.
 * The default build fuzzes for a few seconds; {@code -Pfuzz} runs long (see {@code codecs/pom.xml}).
 */
class TwsDecoderFuzzTest
{
    private static final int MAX_FRAME_LENGTH_BYTES = 1024;
    private static final int VERSION_COUNT = TwsServerVersion.MAX_SUPPORTED - TwsServerVersion.MIN_SUPPORTED + 1;
    private static final int[] SEED_VERSIONS = { 176, 178, 183, 187, 190, 191, 192, 193 };
    private static final int PROBE_ORDER_ID = 4242;
    private static final long PROBE_LIMIT_PRICE = Price.parse("187.43");
    private static final int PROBE_STATUS_ORDER_ID = 777;

    private final CountingHandler inbound = new CountingHandler();
    private final CountingHandler server = new CountingHandler();
    private final TwsInboundAdapter inboundAdapter = new TwsInboundAdapter(inbound, ZoneOffset.UTC);
    private final TwsServerAdapter serverAdapter = new TwsServerAdapter(server);
    private final TwsFrameAssembler assembler = new TwsFrameAssembler(MAX_FRAME_LENGTH_BYTES);
    private final FramingModel model = new FramingModel();
    private final ExpandableArrayBuffer probe = new ExpandableArrayBuffer(2048);
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final OrderStatusEncoder orderStatusEncoder = new OrderStatusEncoder();
    private final TwsOrder probeOrder = limitOrder(PROBE_ORDER_ID, PROBE_LIMIT_PRICE);
    private final TwsFrameHandler frameHandler = new TwsFrameHandler()
    {
        public void onFrame(final DirectBuffer buffer, final int offset, final int length)
        {
            framesDelivered++;
            decodeBoth(buffer, offset, length);
        }

        public void onFrameError(final TwsProtocolError error, final int frameLengthBytes)
        {
            frameErrorCallbacks++;
            if (TwsProtocolError.INVALID_FRAME_LENGTH != error && TwsProtocolError.FRAME_TOO_LONG != error &&
                TwsProtocolError.MALFORMED_MESSAGE_ID != error)
            {
                throw new AssertionError("unexpected frame error " + error);
            }
        }
    };

    private int serverVersion;
    private int framesDelivered;
    private int frameErrorCallbacks;

    /**
     * Jazzer attaches its agent to this JVM at run time; a runtime without the attach module cannot.
     * Verified to attach on Java 17 and Temurin 25.
     */
    @BeforeAll
    static void requireAgentAttach()
    {
        Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.attach").isPresent(),
            "Jazzer needs the jdk.attach module to install its agent; this runtime (" +
            Runtime.version() + ") has none, so the fuzz test is skipped");
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "3s")
    void shouldCountErrorsAndStayUsableWhenBytesAreGarbage(final byte[] input)
    {
        serverVersion = TwsServerVersion.MIN_SUPPORTED + (input.length > 0 ? (input[0] & 0xFF) % VERSION_COUNT : 0);
        final int readSizeBytes = 1 + (input.length > 1 ? (input[1] & 0xFF) * 4 : 1023);
        final int offset = Math.min(2, input.length);
        final UnsafeBuffer bytes = new UnsafeBuffer(input, offset, input.length - offset);
        inbound.reset();
        server.reset();
        assembler.reset();
        framesDelivered = 0;
        frameErrorCallbacks = 0;
        final long frameErrorsBefore = assembler.frameErrors();

        decodeBoth(bytes, 0, bytes.capacity());
        feed(bytes, readSizeBytes);

        model.read(bytes, bytes.capacity(), MAX_FRAME_LENGTH_BYTES);
        check(assembler.isFailed() == model.failed, "failed state differs from the model");
        check(framesDelivered == model.frames, "frames delivered differ from the model");
        check(frameErrorCallbacks == model.frameErrors, "frame error callbacks differ from the model");
        check(assembler.frameErrors() - frameErrorsBefore == model.frameErrors, "frame error counter is wrong");
        check(model.failed || assembler.bytesBuffered() == model.bytesBuffered, "buffered bytes differ from the model");
        check(inbound.callbacks == inbound.decoded + inbound.unhandled + inbound.protocolErrorCount(), "lost count");

        if (!model.isAligned())
        {
            assembler.reset();
        }
        shouldStillDecodeValidFrames();
    }

    private void decodeBoth(final DirectBuffer buffer, final int offset, final int length)
    {
        final long inboundBefore = inbound.callbacks;
        final long serverBefore = server.callbacks;
        inboundAdapter.onFrame(buffer, offset, length, serverVersion);
        serverAdapter.onFrame(buffer, offset, length, serverVersion);
        check(inbound.callbacks - inboundBefore == 1, "client frame did not end in exactly one callback");
        check(server.callbacks - serverBefore == 1, "server frame did not end in exactly one callback");
    }

    private void feed(final DirectBuffer bytes, final int readSizeBytes)
    {
        int position = 0;
        while (position < bytes.capacity() && !assembler.isFailed())
        {
            final int length = Math.min(readSizeBytes, bytes.capacity() - position);
            position += assembler.append(bytes, position, length);
            assembler.poll(frameHandler);
        }
    }

    private void shouldStillDecodeValidFrames()
    {
        int length = placeOrderEncoder.encode(probe, 0, serverVersion, probeOrder);
        check(length <= MAX_FRAME_LENGTH_BYTES, "probe order too long for the assembler");
        assembler.append(probe, 0, length);
        check(1 == assembler.poll(frameHandler), "valid PLACE_ORDER frame not delivered after garbage");
        check(server.lastPlaceOrderId == PROBE_ORDER_ID, "PLACE_ORDER not decoded after garbage");
        check(server.lastPlaceOrderLimitPrice == PROBE_LIMIT_PRICE, "PLACE_ORDER limit price wrong after garbage");

        length = orderStatusEncoder.encode(probe, 0, serverVersion, PROBE_STATUS_ORDER_ID, TwsOrderStatus.FILLED,
            100, 0, PROBE_LIMIT_PRICE, 9_000_001L, 0, PROBE_LIMIT_PRICE, 7, Price.NULL);
        assembler.append(probe, 0, length);
        check(1 == assembler.poll(frameHandler), "valid ORDER_STATUS frame not delivered after garbage");
        check(inbound.lastOrderStatusOrderId == PROBE_STATUS_ORDER_ID, "ORDER_STATUS not decoded after garbage");
        check(inbound.lastOrderStatusFilled == 100, "ORDER_STATUS filled wrong after garbage");
        check(!assembler.isFailed() && 0 == assembler.bytesBuffered(), "assembler not clean after valid frames");
    }

    private static void check(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new AssertionError(message);
        }
    }

    static TwsOrder limitOrder(final int orderId, final long limitPrice)
    {
        final TwsOrder order = new TwsOrder().orderId(orderId).side(Side.BUY).totalQuantity(100)
            .orderType(OrderType.LIMIT).limitPrice(limitPrice).timeInForce(TimeInForce.DAY);
        order.symbol().set("AAPL");
        order.account().set("DU123456");
        order.orderRef().set("k-7f3a9c");
        return order;
    }

    static Stream<Arguments> seeds()
    {
        final List<Arguments> seeds = new ArrayList<>();
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(4096);
        for (final int version : SEED_VERSIONS)
        {
            final int clientLength = clientFrames(buffer, version);
            seeds.add(Arguments.of((Object)seed(version, 0, buffer, clientLength)));
            seeds.add(Arguments.of((Object)seed(version, 2, buffer, clientLength)));
            final int serverLength = serverFrames(buffer, version);
            seeds.add(Arguments.of((Object)seed(version, 255, buffer, serverLength)));
            addPayloadSeeds(seeds, buffer, serverLength, version);
            addPayloadSeeds(seeds, buffer, clientFrames(buffer, version), version);
        }
        return seeds.stream();
    }

    private static int clientFrames(final ExpandableArrayBuffer buffer, final int version)
    {
        final TwsExecution execution = new TwsExecution().orderId(1001).conId(265598).timeMs(1_700_000_000_000L)
            .side(Side.BUY).shares(40).price(Price.parse("150.25")).permId(3_000_000_000L).clientId(7)
            .cumQty(100).avgPrice(Price.parse("150.2")).lastLiquidity(2);
        execution.symbol().set("AAPL");
        execution.exchange().set("SMART");
        execution.execId().set("0000e0d5.6596a0c7.01.01");
        execution.account().set("DU123456");
        execution.orderRef().set("k-0001");

        int length = new NextValidIdEncoder().encode(buffer, 0, 1000);
        length += new OrderStatusEncoder().encode(buffer, length, version, 1001, TwsOrderStatus.SUBMITTED,
            40, 60, Price.parse("150.2"), 3_000_000_000L, 0, Price.parse("150.25"), 7, Price.NULL);
        length += new ExecutionDataEncoder().encode(buffer, length, version, execution);
        length += new CommissionReportEncoder().encode(
            buffer, length, "0000e0d5.6596a0c7.01.01", Price.parse("1.00"), "USD", Price.NULL, Price.NULL, 0);
        length += new ErrorMessageEncoder().encode(buffer, length, version, 1001, 202, "Order Canceled - reason:");
        length += new OpenOrderEncoder().encode(
            buffer, length, version, limitOrder(1002, Price.parse("99.5")), 3_000_000_001L, TwsOrderStatus.SUBMITTED);
        return length;
    }

    private static int serverFrames(final ExpandableArrayBuffer buffer, final int version)
    {
        int length = new PlaceOrderEncoder().encode(buffer, 0, version, limitOrder(1001, Price.parse("150.25")));
        length += new CancelOrderEncoder().encode(buffer, length, version, 1001);
        return length;
    }

    /**
     * One seed per frame in the stream, prefix stripped: the payloads the adapters decode directly.
     */
    private static void addPayloadSeeds(
        final List<Arguments> seeds, final ExpandableArrayBuffer buffer, final int streamLength, final int version)
    {
        int position = 0;
        while (position + 4 <= streamLength)
        {
            final int payloadLength = buffer.getInt(position, java.nio.ByteOrder.BIG_ENDIAN);
            final byte[] seed = new byte[2 + payloadLength];
            seed[0] = (byte)(version - TwsServerVersion.MIN_SUPPORTED);
            seed[1] = (byte)255;
            buffer.getBytes(position + 4, seed, 2, payloadLength);
            seeds.add(Arguments.of((Object)seed));
            position += 4 + payloadLength;
        }
    }

    private static byte[] seed(final int version, final int readSelector, final DirectBuffer buffer, final int length)
    {
        final byte[] seed = new byte[2 + length];
        seed[0] = (byte)(version - TwsServerVersion.MIN_SUPPORTED);
        seed[1] = (byte)readSelector;
        buffer.getBytes(0, seed, 2, length);
        return seed;
    }
}
