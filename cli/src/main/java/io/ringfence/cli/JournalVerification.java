package io.ringfence.cli;

import io.ringfence.codecs.sbe.DecisionDecoder;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.config.JournalConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.journal.audit.DecisionReader;
import io.ringfence.journal.audit.JournalReader;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks behind {@code journal verify}: record integrity, decisions that name real inputs in
 * order, and replay determinism (the replayed decision equals the journaled one in refusal,
 * idempotency outcome, action, broker order id and client-event bytes; whether the socket took
 * the write is not replayable and is not compared). An input whose decision was never recorded —
 * the engine died between journaling it and acting on it — is counted as "undecided", not a
 * failure: replay recomputes that decision, and nothing was said to the client. The engine's
 * idempotency table file must agree with the table the replay built ({@link IdempotencyTableCheck}).
 */
final class JournalVerification
{
    private static final int MAX_REPORTED = 10;

    record Expected(RefusalReason refusal, String idempotency, String action, int brokerOrderId, byte[] clientEvents)
    {
        boolean sameAs(final Expected other)
        {
            return refusal == other.refusal && idempotency.equals(other.idempotency) && action.equals(other.action) &&
                brokerOrderId == other.brokerOrderId && Arrays.equals(clientEvents, other.clientEvents);
        }
    }

    private final Map<Long, Expected> journaled = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long inputs;
    private long corruptInputs;
    private long decisions;
    private long corruptDecisions;
    private long replayedDecisions;
    private long undecided;
    private long lastInputIndex = Long.MIN_VALUE;
    private String tableSummary = "";

    static JournalVerification run(final RingfenceConfig config, final Path journalDir)
    {
        final JournalVerification verification = new JournalVerification();
        verification.readDecisions(journalDir);
        verification.replay(config, journalDir);
        return verification;
    }

    boolean isClean()
    {
        return problems.isEmpty() && corruptInputs == 0 && corruptDecisions == 0;
    }

    void report(final PrintStream out)
    {
        out.println("inputs: " + inputs + " (unreadable " + corruptInputs + ")");
        out.println("decisions: " + decisions + " (unreadable " + corruptDecisions + ")");
        out.println("replayed decisions: " + replayedDecisions);
        out.println("undecided inputs (engine stopped before recording them): " + undecided);
        out.println(tableSummary);
        out.println("problems: " + problems.size());
        problems.stream().limit(MAX_REPORTED).forEach(problem -> out.println("  " + problem));
        out.println(isClean() ? "journal OK" : "journal FAILED verification");
    }

    private void readDecisions(final Path journalDir)
    {
        try (DecisionReader reader = DecisionReader.open(journalDir))
        {
            decisions = reader.readAll((index, decision) ->
            {
                final long inputIndex = decision.inputIndex();
                if (inputIndex <= lastInputIndex)
                {
                    problems.add("decision " + index + " names input " + inputIndex + " out of order");
                }
                lastInputIndex = inputIndex;
                journaled.put(inputIndex, expected(decision));
            });
            corruptDecisions = reader.corruptRecords();
        }
    }

    private void replay(final RingfenceConfig config, final Path journalDir)
    {
        try (DecisionState state = new DecisionState(config))
        {
            inputs = state.replay(journalDir, this::onReplayed);
            tableSummary = IdempotencyTableCheck.compare(
                journalDir.resolve(JournalConfig.IDEMPOTENCY_FILE_NAME), state.idempotencyTable(), problems);
        }
        try (JournalReader reader = JournalReader.open(journalDir))
        {
            reader.readAll((index, entry) -> { });
            corruptInputs = reader.corruptRecords();
        }
        journaled.keySet().forEach(inputIndex -> problems.add("decision names input " + inputIndex +
            " which replay did not decide (missing input or a different outcome)"));
    }

    private void onReplayed(final long inputIndex, final InboundEvent event)
    {
        if (event.action == OutputAction.NONE && event.egressLength == 0 && event.refusal == null)
        {
            return;
        }
        replayedDecisions++;
        final byte[] clientEvents = new byte[event.egressLength];
        event.egress.getBytes(0, clientEvents);
        final int brokerOrderId = switch (event.action)
        {
            case PLACE_ORDER -> event.outboundOrder.orderId();
            case CANCEL_ORDER -> event.outboundCancelCount > 0 ? event.outboundCancelIds[0] : 0;
            default -> 0;
        };
        final Expected replayed = new Expected(event.refusal == null ? RefusalReason.NULL_VAL : event.refusal,
            event.idempotency.name(), event.action.name(), brokerOrderId, clientEvents);
        final Expected recorded = journaled.remove(inputIndex);
        if (recorded == null)
        {
            undecided++;
        }
        else if (!recorded.sameAs(replayed))
        {
            problems.add("input " + inputIndex + ": journaled " + describe(recorded) + ", replay " + describe(replayed));
        }
    }

    private static Expected expected(final DecisionDecoder decision)
    {
        final RefusalReason refusal = decision.refusal();
        final String idempotency = decision.idempotency().name();
        final String action = decision.action().name();
        final int brokerOrderId = decision.brokerOrderId();
        final byte[] clientEvents = new byte[decision.clientEventsLength()];
        decision.getClientEvents(new UnsafeBuffer(clientEvents), 0, clientEvents.length);
        return new Expected(refusal, idempotency, action, brokerOrderId, clientEvents);
    }

    private static String describe(final Expected expected)
    {
        return (expected.refusal() == RefusalReason.NULL_VAL ? "" : expected.refusal() + " ") + expected.idempotency() +
            " " + expected.action() + (expected.brokerOrderId() == 0 ? "" : " #" + expected.brokerOrderId()) +
            " (" + expected.clientEvents().length + " bytes of client events)";
    }
}
