package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.ApprovalCreatedDecoder;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewResultDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay determinism: a recorded sequence of 10 000 mixed inputs (orders, cancels, previews,
 * approvals that expire, a kill switch toggled, promotions, executions moving the reference
 * price), run through two fresh gate stages, gives the same decisions record by record.
 */
class GateReplayTest
{
    private static final int INPUTS = 10_000;
    private static final String[] ACCOUNTS = {"DU8730189", "DUP203550", "U1234567"};
    private static final String[] SYMBOLS = {"AAPL", "TSLA", "GME", "MSFT"};

    @Test
    void shouldDecideARecordedSequenceTheSameWayTwice()
    {
        final RingfenceConfig config = ConfigLoader.parse(GateStageTest.CONFIG.formatted(true, true));
        final List<InboundEvent> recorded = record(config, new Random(20_240_501L));

        final List<String> first = decide(config, recorded);
        final List<String> second = decide(config, recorded);
        final List<String> third = decide(config, recorded);

        assertThat(first).hasSizeGreaterThanOrEqualTo(INPUTS);
        assertThat(second).hasSize(first.size());
        assertThat(third).isEqualTo(first);
        for (int i = 0; i < first.size(); i++)
        {
            assertThat(second.get(i)).as("record %d", i).isEqualTo(first.get(i));
        }
        final Map<RefusalReason, Integer> counts = countRefusals(config, recorded);
        assertThat(counts).containsKeys(
            RefusalReason.APPROVAL_EXPIRED, RefusalReason.KILL_SWITCH_ACTIVE, RefusalReason.APPROVAL_CONSUMED,
            RefusalReason.RISK_RATE_LIMIT, RefusalReason.DUPLICATE_ORDER_SUSPECTED);
        assertThat(first.stream().filter(line -> line.startsWith("null")).count()).isGreaterThan(INPUTS / 20);
    }

    private static List<String> decide(final RingfenceConfig config, final List<InboundEvent> recorded)
    {
        final GateStage stage = new GateStage(new Gates(config));
        final List<String> decisions = new ArrayList<>();
        long sequence = 0;
        for (final InboundEvent input : recorded)
        {
            final InboundEvent event = copy(input);
            stage.onEvent(event, sequence++, true);
            GateInvariants.check(event);
            final byte[] reply = new byte[event.gateReplyLength];
            event.gateReply.getBytes(0, reply);
            decisions.add(event.refusal + " " + event.approvalConsumed + " " + event.killSwitchEngaged + " " +
                event.killSwitchAccount + " " + event.killSwitchClient + " " + Arrays.toString(reply));
        }
        return decisions;
    }

    private static Map<RefusalReason, Integer> countRefusals(final RingfenceConfig config, final List<InboundEvent> recorded)
    {
        final GateStage stage = new GateStage(new Gates(config));
        final Map<RefusalReason, Integer> counts = new EnumMap<>(RefusalReason.class);
        for (final InboundEvent input : recorded)
        {
            final InboundEvent event = copy(input);
            stage.onEvent(event, 0, true);
            if (event.refusal != null)
            {
                counts.merge(event.refusal, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Generates the inputs against a recording stage, so approvals name previews that exist.
     */
    private static List<InboundEvent> record(final RingfenceConfig config, final Random random)
    {
        final List<InboundEvent> inputs = new ArrayList<>();
        final GateStage recorder = new GateStage(new Gates(config));
        long now = GateStageTest.T0;
        recorded(recorder, inputs, BrokerFrames.connected(now));
        long previews = 0;
        long approvals = 0;
        KillSwitchScope engaged = null;
        int releaseIn = 0;
        for (int i = 0; i < INPUTS; i++)
        {
            now += random.nextInt(200_000_000);
            final String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            final TradingMode mode = account.startsWith("DU") == (random.nextInt(10) > 0) ? TradingMode.PAPER : TradingMode.LIVE;
            final String symbol = SYMBOLS[random.nextInt(SYMBOLS.length)];
            final long quantity = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 20);
            final boolean limit = random.nextBoolean();
            final long price = Price.ofUnits(150 + random.nextInt(80));
            final int pick = random.nextInt(100);
            final long at = now;
            if (engaged != null && --releaseIn == 0)
            {
                recorded(recorder, inputs, GateIntents.killSwitch(GateStageTest.OPS, at, false, engaged,
                    engaged == KillSwitchScope.CLIENT ? "trader" : "DU8730189"));
                engaged = null;
            }
            final int client = random.nextInt(10) == 0 ? GateStageTest.READER : GateStageTest.TRADER;
            final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            final String key = "k" + random.nextInt(4_000);
            if (pick < 40)
            {
                final long approvalId = random.nextInt(3) == 0 ? 0 : Math.max(1, approvals - random.nextInt(4));
                recorded(recorder, inputs, GateIntents.submit(client, at, approvalId, o -> o.mode(mode).account(account)
                    .symbol(symbol).quantity(quantity).side(side)
                    .orderType(limit ? OrderType.LIMIT : OrderType.MARKET).limitPrice(limit ? price : Price.NULL)
                    .idempotencyKey(key)));
                if (random.nextInt(8) == 0)
                {
                    recorded(recorder, inputs, GateIntents.submit(client, at + 1, approvalId, o -> o.mode(mode).account(account)
                        .symbol(symbol).quantity(quantity).side(side)
                        .orderType(limit ? OrderType.LIMIT : OrderType.MARKET).limitPrice(limit ? price : Price.NULL)
                        .idempotencyKey(key + "x")));
                }
            }
            else if (pick < 50)
            {
                recorded(recorder, inputs, Intents.cancel(client, at, c -> c.account(account).mode(mode)));
            }
            else if (pick < 70)
            {
                // preview, approve (1 to 3 s), then submit the previewed order once or twice, maybe too late
                final String paperAccount = random.nextBoolean() ? "DUP203550" : "DU8730189";
                final InboundEvent preview = recorded(recorder, inputs, GateIntents.preview(GateStageTest.TRADER, at,
                    p -> p.account(paperAccount).symbol(symbol).quantity(quantity).orderType(OrderType.LIMIT)
                        .limitPrice(price).side(side)));
                if (preview.gateReplyLength > 0)
                {
                    previews = new PreviewResultDecoder().wrapAndApplyHeader(preview.gateReply, 0, new MessageHeaderDecoder())
                        .previewId();
                }
                final InboundEvent approval = recorded(recorder, inputs,
                    GateIntents.approve(GateStageTest.TRADER, at + 1, paperAccount, previews, 1 + random.nextInt(3)));
                if (approval.gateReplyLength > 0)
                {
                    approvals = new ApprovalCreatedDecoder().wrapAndApplyHeader(approval.gateReply, 0, new MessageHeaderDecoder())
                        .approvalId();
                }
                final long approvalId = approvals;
                final long submitAt = at + 2 + random.nextInt(4) * 1_000_000_000L;
                final int submits = 1 + random.nextInt(2);
                for (int s = 0; s < submits; s++)
                {
                    final String submitKey = key + "s" + s;
                    recorded(recorder, inputs, GateIntents.submit(GateStageTest.TRADER, submitAt + s, approvalId, o -> o.account(paperAccount)
                        .symbol(symbol).quantity(quantity).orderType(OrderType.LIMIT).limitPrice(price).side(side)
                        .idempotencyKey(submitKey)));
                }
                now = submitAt + submits;
            }
            else if (pick < 72 && engaged == null)
            {
                engaged = KillSwitchScope.values()[random.nextInt(3)];
                releaseIn = 5 + random.nextInt(30);
                recorded(recorder, inputs, GateIntents.killSwitch(GateStageTest.OPS, at, true, engaged,
                    engaged == KillSwitchScope.CLIENT ? "trader" : "DU8730189"));
            }
            else if (pick < 75)
            {
                recorded(recorder, inputs, GateIntents.promote(GateStageTest.OPS, at, "trader"));
            }
            else
            {
                recorded(recorder, inputs, BrokerFrames.execution(at, 100 + i, "e" + i, 1, Price.toString(price)));
            }
        }
        return inputs;
    }

    private static InboundEvent recorded(final GateStage recorder, final List<InboundEvent> inputs, final InboundEvent input)
    {
        inputs.add(input);
        final InboundEvent event = copy(input);
        recorder.onEvent(event, inputs.size(), true);
        return event;
    }

    private static InboundEvent copy(final InboundEvent input)
    {
        final InboundEvent event = new InboundEvent();
        final UnsafeBuffer bytes = new UnsafeBuffer(new byte[input.bodyLength]);
        bytes.putBytes(0, input.body, 0, input.bodyLength);
        event.input(input.kind, input.source, input.timestampNs, bytes, 0, input.bodyLength);
        return event;
    }
}
