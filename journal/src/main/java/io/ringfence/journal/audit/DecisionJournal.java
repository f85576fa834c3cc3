package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.DecisionEncoder;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Appends the engine's decisions to the {@link JournalLayout#decisions decisions} queue: for each
 * input that changed anything, the refusal or acceptance, the idempotency outcome, what was sent
 * to the broker and every client event — the audit trail. Single writer: the output stage.
 */
public final class DecisionJournal implements AutoCloseable
{
    public static final int MAX_CLIENT_EVENTS_LENGTH = 8192;

    private final QueueAppender queue;
    private final byte[] scratch = new byte[MessageHeaderEncoder.ENCODED_LENGTH + DecisionEncoder.BLOCK_LENGTH +
        DecisionEncoder.clientEventsHeaderLength() + MAX_CLIENT_EVENTS_LENGTH];
    private final UnsafeBuffer scratchBuffer = new UnsafeBuffer(scratch);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final DecisionEncoder encoder = new DecisionEncoder();

    private DecisionJournal(final QueueAppender queue)
    {
        this.queue = queue;
    }

    public static DecisionJournal open(final Path journalDir, final Durability durability, final JournalRollCycle rollCycle)
    {
        return new DecisionJournal(new QueueAppender(JournalLayout.decisions(journalDir), durability, rollCycle));
    }

    /**
     * Start a decision record; fill it with the returned encoder, then {@link #commit}.
     */
    public DecisionEncoder begin(
        final long inputIndex,
        final long timestampNs,
        final InputKind kind,
        final int source,
        final RefusalReason refusal,
        final IdempotencyOutcome idempotency,
        final OutputAction action,
        final boolean sent)
    {
        return encoder.wrapAndApplyHeader(scratchBuffer, 0, headerEncoder)
            .inputIndex(inputIndex)
            .timestampNs(timestampNs)
            .kind(kind)
            .source(source)
            .refusal(refusal == null ? RefusalReason.NULL_VAL : refusal)
            .idempotency(idempotency)
            .action(action)
            .sent(sent ? BooleanType.TRUE : BooleanType.FALSE);
    }

    /**
     * Append the record started by {@link #begin}, with its client events.
     *
     * @return the Chronicle index of the new record.
     */
    public long commit(final DirectBuffer clientEvents, final int offset, final int length)
    {
        encoder.putClientEvents(clientEvents, offset, Math.min(length, MAX_CLIENT_EVENTS_LENGTH));
        return queue.append(scratch, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    public void endOfBatch()
    {
        queue.endOfBatch();
    }

    @Override
    public void close()
    {
        queue.close();
    }
}
