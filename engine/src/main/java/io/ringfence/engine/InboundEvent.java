package io.ringfence.engine;

import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.journal.audit.InputJournal;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One slot of the pipeline's ring, preallocated and reused. Fields are grouped by the stage
 * that writes them; each stage writes only its own group and resets it first, so a reused slot
 * never leaks old state. Everything else reads.
 */
public final class InboundEvent
{
    public static final int MAX_BODY_LENGTH = InputJournal.MAX_BODY_LENGTH;
    public static final int EGRESS_CAPACITY = 4096;
    public static final int NO_CLIENT = -1;
    public static final int NO_ORDER = -1;

    // 0. Input: written by the publisher (ingress, TWS reader, admin, timer) in input(...)
    public InputKind kind;
    public int source;
    public long timestampNs;
    public final UnsafeBuffer body = new UnsafeBuffer(new byte[MAX_BODY_LENGTH]);
    public int bodyLength;

    // 1. Journal stage
    public long journalIndex;

    // 2. Gate stage: null when every gate passed
    public RefusalReason refusal;

    // 3. Idempotency stage
    public IdempotencyOutcome idempotency;
    public int orderId;
    public int targetOrderId;

    // 4. Order stage: what to send, and the client events to publish
    public OutputAction action;
    public final TwsOrder outboundOrder = new TwsOrder();
    public int outboundCancelId;
    public int egressClient;
    public final UnsafeBuffer egress = new UnsafeBuffer(new byte[EGRESS_CAPACITY]);
    public int egressLength;

    /**
     * Claim-side initialisation: sets the input group and resets every stage group.
     *
     * @return false if the body is too long to carry (the caller counts it; nothing is published).
     */
    public boolean input(
        final InputKind kind,
        final int source,
        final long timestampNs,
        final DirectBuffer buffer,
        final int offset,
        final int length)
    {
        if (length > MAX_BODY_LENGTH)
        {
            return false;
        }
        this.kind = kind;
        this.source = source;
        this.timestampNs = timestampNs;
        this.body.putBytes(0, buffer, offset, length);
        this.bodyLength = length;
        this.journalIndex = -1;
        this.refusal = null;
        this.idempotency = IdempotencyOutcome.NOT_APPLICABLE;
        this.orderId = NO_ORDER;
        this.targetOrderId = NO_ORDER;
        this.action = OutputAction.NONE;
        this.outboundCancelId = 0;
        this.egressClient = NO_CLIENT;
        this.egressLength = 0;
        return true;
    }

    public boolean isClientIntent()
    {
        return kind == InputKind.CLIENT_INTENT;
    }

    public boolean isRefused()
    {
        return refusal != null;
    }
}
