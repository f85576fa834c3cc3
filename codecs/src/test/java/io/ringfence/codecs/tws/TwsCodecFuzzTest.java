package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random inputs: orders round-trip at every supported version, every truncation of a valid
 * frame is a protocol error, and random bytes never make an adapter throw.
 */
class TwsCodecFuzzTest
{
    private static final long SEED = 20_240_102L;
    private static final OrderType[] ORDER_TYPES = {
        OrderType.MARKET, OrderType.LIMIT, OrderType.STOP, OrderType.STOP_LIMIT,
        OrderType.TRAILING_STOP, OrderType.TRAILING_STOP_LIMIT };
    private static final TimeInForce[] TIFS = { TimeInForce.DAY, TimeInForce.GTC, TimeInForce.IOC };

    private final Random random = new Random(SEED);
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);
    private final RecordingServerHandler serverHandler = new RecordingServerHandler();
    private final TwsServerAdapter serverAdapter = new TwsServerAdapter(serverHandler);
    private final RecordingInboundHandler inboundHandler = new RecordingInboundHandler();
    private final TwsInboundAdapter inboundAdapter = new TwsInboundAdapter(inboundHandler, ZoneOffset.UTC);

    private String text(final int maxLength)
    {
        final StringBuilder builder = new StringBuilder();
        final int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++)
        {
            builder.append((char)(33 + random.nextInt(94)));
        }
        return builder.toString();
    }

    private long price()
    {
        return random.nextInt(5) == 0 ? Price.NULL : random.nextLong() % 1_000_000_000_000_000L;
    }

    private TwsOrder randomOrder()
    {
        final TwsOrder order = new TwsOrder().orderId(random.nextInt()).conId(random.nextInt())
            .side(random.nextBoolean() ? Side.BUY : Side.SELL).totalQuantity(random.nextInt(1_000_000))
            .orderType(ORDER_TYPES[random.nextInt(ORDER_TYPES.length)]).timeInForce(TIFS[random.nextInt(TIFS.length)])
            .limitPrice(price()).auxPrice(price()).trailingPercent(price()).trailStopPrice(price())
            .limitPriceOffset(price()).outsideRth(random.nextBoolean()).transmit(random.nextBoolean())
            .hidden(random.nextBoolean()).whatIf(random.nextBoolean()).parentId(random.nextInt())
            .ocaType(random.nextInt(4));
        order.symbol().set(text(TwsOrder.SYMBOL_CAPACITY));
        order.account().set(text(TwsOrder.ACCOUNT_CAPACITY));
        order.orderRef().set(text(TwsOrder.ORDER_REF_CAPACITY));
        order.ocaGroup().set(text(TwsOrder.OCA_GROUP_CAPACITY));
        order.primaryExchange().set(text(TwsOrder.CODE_CAPACITY));
        order.currency().set("USD");
        return order;
    }

    @Test
    void shouldRoundTripRandomOrdersAtEverySupportedVersion()
    {
        final PlaceOrderEncoder encoder = new PlaceOrderEncoder();
        for (int i = 0; i < 2_000; i++)
        {
            final int serverVersion = TwsServerVersion.MIN_SUPPORTED +
                random.nextInt(TwsServerVersion.MAX_SUPPORTED - TwsServerVersion.MIN_SUPPORTED + 1);
            final TwsOrder order = randomOrder();

            final int length = encoder.encode(buffer, 0, serverVersion, order);
            serverAdapter.onFrame(buffer, 4, length - 4, serverVersion);

            assertThat(serverHandler.events).last().isEqualTo("placeOrder " + order.orderId());
            assertThat(serverHandler.lastOrder).hasToString(order.toString());
        }
    }

    @Test
    void shouldReportErrorForEveryTruncationOfValidFrames()
    {
        final int orderLength = new PlaceOrderEncoder().encode(buffer, 0, 193, PlaceOrderEncoderTest.marketOrder());
        for (int cut = 1; cut < orderLength - 4; cut++)
        {
            serverAdapter.onFrame(buffer, 4, cut, 193);
            assertThat(serverHandler.events).last().asString().startsWith("protocolError");
        }

        final int executionLength = new ExecutionDataEncoder().encode(buffer, 0, 193, TwsInboundAdapterTest.execution());
        for (int cut = 1; cut < executionLength - 4; cut++)
        {
            inboundAdapter.onFrame(buffer, 4, cut, 193);
            assertThat(inboundHandler.events).last().asString().startsWith("protocolError");
        }
    }

    @Test
    void shouldNeverThrowWhenBytesAreRandom()
    {
        final byte[] alphabet = "0123456789-.E\0\0\0AZaz ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[256]);
        final TwsFrameAssembler assembler = new TwsFrameAssembler(1024);
        for (int i = 0; i < 20_000; i++)
        {
            final int length = 1 + random.nextInt(payload.capacity());
            for (int j = 0; j < length; j++)
            {
                payload.putByte(j, random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte)random.nextInt());
            }
            payload.putByte(0, (byte)"34579".charAt(random.nextInt(5)));
            payload.putByte(1, (byte)0);

            serverAdapter.onFrame(payload, 0, length, 193);
            inboundAdapter.onFrame(payload, 0, length, 178);
            assembler.append(payload, 0, length);
            assembler.poll((b, o, l) -> inboundAdapter.onFrame(b, o, l, 193));
            if (assembler.isFailed())
            {
                assembler.reset();
            }
        }
        assertThat(serverHandler.events).isNotEmpty();
        assertThat(inboundHandler.events).isNotEmpty();
    }
}
