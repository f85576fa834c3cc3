package io.ringfence.bench.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ringfence.bench.latency.HarnessConfig;
import io.ringfence.bench.latency.IntentToWireHarness;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.order.Order;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.journal.audit.Durability;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalRollCycle;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Replay speed and time to ready over a journal of N records, in a JVM of its own. The journal
 * holds what a busy day leaves: per order, its NewOrder intent, the EXECUTION_DATA that fills it
 * and the ORDER_STATUS "Filled" (3 records, every order and key distinct). Measured:
 * <ul>
 *   <li>replay: the decision stages (gates, idempotency table, order book) rebuilt from the journal,
 *   as {@code journal replay} and a start do, in records per second;</li>
 *   <li>time to ready: {@code Engine.launch} to its return (journal and table opened, replay, the
 *   simulator connected and reconciled, ingress open), what a restart costs before the first
 *   order can go.</li>
 * </ul>
 * The rebuilt book is checked (every order FILLED) so a replay that skipped work cannot look fast.
 * Args: {@code records resultJson}.
 */
public final class ReplayRun
{
    private static final int RECORDS_PER_ORDER = 3;
    private static final int FIRST_BROKER_ID = 1_000_000_000;
    private static final String KEY_PREFIX = "r-";
    private static final String EXEC_PREFIX = "0001f4e8.";
    private static final int DIGITS = 10;

    private ReplayRun()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final long records = Long.parseLong(args[0]);
        final Path result = Path.of(args[1]);
        final int orders = (int)(records / RECORDS_PER_ORDER);
        final Path runDir = Files.createTempDirectory("ringfence-replay-");
        final Map<String, Object> json = new LinkedHashMap<>();
        try (PaperGateway simulator = PaperGateway.launch(new SimulatorContext().port(0)))
        {
            final RingfenceConfig config = HarnessConfig.build("shared", "backoff", "process", orders, runDir,
                simulator.port());
            final long writeStartNs = System.nanoTime();
            final long written = writeJournal(config, orders);
            final double writeSeconds = (System.nanoTime() - writeStartNs) / 1e9;
            json.put("journalRecords", written);
            json.put("orders", orders);
            json.put("writeSeconds", round(writeSeconds));

            final long buildStartNs = System.nanoTime();
            try (DecisionState state = new DecisionState(config))
            {
                json.put("emptyStateSeconds", round((System.nanoTime() - buildStartNs) / 1e9));
                final long replayStartNs = System.nanoTime();
                final long replayed = state.replay(config.journalDir(), null);
                final double replaySeconds = (System.nanoTime() - replayStartNs) / 1e9;
                checkEveryOrderFilled(state.book(), orders);
                json.put("replaySeconds", round(replaySeconds));
                json.put("replayRecordsPerSecond", Math.round(replayed / replaySeconds));
                json.put("idempotencyKeys", state.idempotencyTable().entryCount());
            }

            final long launchNs = System.nanoTime();
            try (Engine ignored = Engine.launch(new EngineContext().config(config)))
            {
                json.put("timeToReadySeconds", round((System.nanoTime() - launchNs) / 1e9));
            }
            json.put("heapMaxMb", Runtime.getRuntime().maxMemory() >> 20);
        }
        finally
        {
            IntentToWireHarness.deleteQuietly(runDir);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(result.toFile(), json);
        System.out.println("replay " + json);
    }

    private static long writeJournal(final RingfenceConfig config, final int orders)
    {
        final InboundEvent intent = Intents.newOrder(0, 0, o -> o.idempotencyKey(KEY_PREFIX + "0".repeat(DIGITS)));
        final InboundEvent execution = BrokerFrames.execution(0, FIRST_BROKER_ID, EXEC_PREFIX + "0".repeat(DIGITS), 10, "190");
        final InboundEvent filled = BrokerFrames.orderStatus(0, FIRST_BROKER_ID, TwsOrderStatus.FILLED, 10, 0);
        final int keyDigits = indexOf(intent, KEY_PREFIX) + KEY_PREFIX.length();
        final int execBrokerId = indexOf(execution, Integer.toString(FIRST_BROKER_ID));
        final int execDigits = indexOf(execution, EXEC_PREFIX) + EXEC_PREFIX.length();
        final int statusBrokerId = indexOf(filled, Integer.toString(FIRST_BROKER_ID));
        long sequence = 0;
        long nowNs = System.currentTimeMillis() * 1_000_000L;
        try (InputJournal journal = InputJournal.open(config.journalDir(), Durability.PROCESS, JournalRollCycle.DAILY))
        {
            sequence = append(journal, sequence, nowNs, BrokerFrames.engineStarted(nowNs));
            sequence = append(journal, sequence, nowNs, BrokerFrames.connected(nowNs));
            sequence = append(journal, sequence, nowNs, BrokerFrames.nextValidId(nowNs, FIRST_BROKER_ID));
            for (int i = 0; i < orders; i++)
            {
                nowNs += 1_000;
                putDigits(intent, keyDigits, i, DIGITS);
                putDigits(execution, execBrokerId, FIRST_BROKER_ID + i, DIGITS);
                putDigits(execution, execDigits, i, DIGITS);
                putDigits(filled, statusBrokerId, FIRST_BROKER_ID + i, DIGITS);
                sequence = append(journal, sequence, nowNs, intent);
                sequence = append(journal, sequence, nowNs, execution);
                sequence = append(journal, sequence, nowNs, filled);
            }
        }
        return sequence;
    }

    private static long append(final InputJournal journal, final long sequence, final long nowNs, final InboundEvent event)
    {
        journal.append(sequence, nowNs, event.kind, event.source, event.body, 0, event.bodyLength);
        return sequence + 1;
    }

    private static void checkEveryOrderFilled(final OrderBook book, final int orders)
    {
        for (int i = 0; i < orders; i++)
        {
            final Order order = book.get(i);
            if (order.state() != io.ringfence.codecs.sbe.OrderState.FILLED)
            {
                throw new IllegalStateException("replay left order " + i + " " + order.state() + ", not FILLED");
            }
        }
    }

    private static void putDigits(final InboundEvent event, final int offset, final long value, final int digits)
    {
        long rest = value;
        for (int i = digits - 1; i >= 0; i--)
        {
            event.body.putByte(offset + i, (byte)('0' + rest % 10));
            rest /= 10;
        }
    }

    private static int indexOf(final InboundEvent event, final String text)
    {
        final DirectBuffer body = event.body;
        final byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= event.bodyLength; i++)
        {
            int matched = 0;
            while (matched < needle.length && body.getByte(i + matched) == needle[matched])
            {
                matched++;
            }
            if (matched == needle.length)
            {
                return i;
            }
        }
        throw new IllegalStateException("'" + text + "' not in the template");
    }

    private static double round(final double value)
    {
        return Math.round(value * 1000) / 1000.0;
    }
}
