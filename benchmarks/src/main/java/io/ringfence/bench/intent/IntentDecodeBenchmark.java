package io.ringfence.bench.intent;

import io.ringfence.bench.BenchmarkFlags;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.CreateApprovalDecoder;
import io.ringfence.codecs.sbe.CreateApprovalEncoder;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.sbe.KillSwitchCommandEncoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.PreviewOrderEncoder;
import io.ringfence.codecs.sbe.PromoteClientDecoder;
import io.ringfence.codecs.sbe.PromoteClientEncoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;
import io.ringfence.engine.Intents;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@link IntentDecoder#wrap} (header, schema, version and length checks) plus a read of every
 * fixed field the gates use, for each intent template a client can send. Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} ≈ 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG,
    BenchmarkFlags.ADD_OPENS_REFLECT, BenchmarkFlags.ANALYTICS_OFF})
public class IntentDecodeBenchmark
{
    @Param({ "NewOrder", "CancelOrder", "ModifyOrder", "PreviewOrder", "CreateApproval", "KillSwitchCommand", "PromoteClient" })
    public String template;

    private final IntentDecoder decoder = new IntentDecoder();
    private InboundEvent event;

    @Setup(Level.Trial)
    public void setUp()
    {
        event = switch (template)
        {
            case "NewOrder" -> Intents.newOrder(0, 1, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("190.25")));
            case "CancelOrder" -> Intents.cancel(0, 1, c -> { });
            case "ModifyOrder" -> Intents.modify(0, 1, m -> m.limitPrice(Price.parse("190.50")));
            case "PreviewOrder" -> preview();
            case "CreateApproval" -> approval();
            case "KillSwitchCommand" -> killSwitch();
            case "PromoteClient" -> promote();
            default -> throw new IllegalArgumentException(template);
        };
        if (decoder.wrap(event) < 0)
        {
            throw new IllegalStateException("benchmark intent does not decode: " + template);
        }
    }

    @Benchmark
    public long decode()
    {
        return switch (decoder.wrap(event))
        {
            case NewOrderDecoder.TEMPLATE_ID -> decoder.newOrder().quantity() +
                decoder.newOrder().limitPrice() + decoder.newOrder().side().value() + decoder.newOrder().account(0) +
                decoder.newOrder().symbol(0) + decoder.newOrder().idempotencyKey(0);
            case CancelOrderDecoder.TEMPLATE_ID -> decoder.cancelOrder().correlationId() +
                decoder.cancelOrder().account(0) + decoder.cancelOrder().targetIdempotencyKey(0);
            case ModifyOrderDecoder.TEMPLATE_ID -> decoder.modifyOrder().quantity() +
                decoder.modifyOrder().limitPrice() + decoder.modifyOrder().targetIdempotencyKey(0);
            case PreviewOrderDecoder.TEMPLATE_ID -> decoder.previewOrder().quantity() +
                decoder.previewOrder().limitPrice() + decoder.previewOrder().symbol(0);
            case CreateApprovalDecoder.TEMPLATE_ID -> decoder.createApproval().previewId() +
                decoder.createApproval().ttlSeconds();
            case KillSwitchCommandDecoder.TEMPLATE_ID -> decoder.killSwitch().engage().value() +
                decoder.killSwitch().scope().value() + decoder.killSwitch().account(0) +
                decoder.killSwitch().reasonLength();
            case PromoteClientDecoder.TEMPLATE_ID -> decoder.promote().client(0) +
                decoder.promote().reasonLength();
            default -> -1;
        };
    }

    private static InboundEvent preview()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final PreviewOrderEncoder encoder = new PreviewOrderEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(1).mode(TradingMode.PAPER).side(Side.BUY).orderType(OrderType.LIMIT)
            .timeInForce(TimeInForce.DAY).outsideRth(BooleanType.FALSE).quantity(100)
            .limitPrice(Price.parse("190.25")).stopPrice(Price.NULL).account(Intents.ACCOUNT).symbol("AAPL");
        return intent(buffer, encoder.encodedLength());
    }

    private static InboundEvent approval()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final CreateApprovalEncoder encoder = new CreateApprovalEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(2).account(Intents.ACCOUNT).previewId(7).ttlSeconds(600);
        return intent(buffer, encoder.encodedLength());
    }

    private static InboundEvent killSwitch()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final KillSwitchCommandEncoder encoder = new KillSwitchCommandEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(3).engage(BooleanType.TRUE).scope(KillSwitchScope.ACCOUNT).account(Intents.ACCOUNT).client("")
            .reason("operator: runaway strategy");
        return intent(buffer, encoder.encodedLength());
    }

    private static InboundEvent promote()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final PromoteClientEncoder encoder = new PromoteClientEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .correlationId(4).client("demo").reason("30 days clean on paper");
        return intent(buffer, encoder.encodedLength());
    }

    private static InboundEvent intent(final UnsafeBuffer buffer, final int encodedLength)
    {
        return Intents.event(InputKind.CLIENT_INTENT, 0, 1, buffer, MessageHeaderEncoder.ENCODED_LENGTH + encodedLength);
    }
}
