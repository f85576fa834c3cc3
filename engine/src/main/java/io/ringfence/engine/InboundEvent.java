package io.ringfence.engine;

import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.KillSwitchScope;
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

    /**
     * {@link #targetOrderId} of a cancel whose target key ends in {@code *}: every working order
     * of the account whose key starts with the rest ({@code b1/*} a batch, {@code *} all).
     */
    public static final int MATCHING_ORDERS = -2;

    /**
     * {@link #targetOrderId} of a cancel that names its order by broker order id or permId: the
     * order stage resolves it.
     */
    public static final int BY_BROKER_ID = -3;
    public static final int MAX_CANCELS_PER_EVENT = 1024;
    public static final int NO_ACCOUNT = -1;
    public static final int GATE_REPLY_CAPACITY = 256;
    public static final int STAGE_JOURNAL = 0;
    public static final int STAGE_GATES = 1;
    public static final int STAGE_IDEMPOTENCY = 2;
    public static final int STAGE_ORDER = 3;
    public static final int STAGE_OUTPUT = 4;
    public static final int STAGE_COUNT = 5;

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

    // 2b. Gate stage, what the gates did besides deciding (reset in input(...)):
    /**
     * Non-null when this input engaged a kill switch: the order stage cancels the working orders
     * of that scope. GLOBAL: every order; ACCOUNT: the orders of account {@link #killSwitchAccount}
     * only; CLIENT: the orders client {@link #killSwitchClient} sent. The switch itself blocks new
     * orders from the next input on; releasing one sets nothing here.
     */
    public KillSwitchScope killSwitchEngaged;
    /**
     * The {@code io.ringfence.engine.gate.AccountTable} index of the engaged account (its text is
     * the KillSwitchCommand's account field), or {@link #NO_ACCOUNT}.
     */
    public int killSwitchAccount;
    /**
     * The client index (ring) whose orders to cancel, or {@link #NO_CLIENT}.
     */
    public int killSwitchClient;
    /**
     * The approval this submit consumed (in this same journaled step), or 0.
     */
    public long approvalConsumed;
    /**
     * When {@link #gateReplyLength} is above zero the gate stage handled the whole intent (a
     * preview, an approval, an operator command): it is not an order, stages 3 and 4 must leave
     * it alone, and these bytes (one SBE client event, header included) go to the sending client.
     */
    public final UnsafeBuffer gateReply = new UnsafeBuffer(new byte[GATE_REPLY_CAPACITY]);
    public int gateReplyLength;

    // 3. Idempotency stage
    public IdempotencyOutcome idempotency;
    public int orderId;
    public int targetOrderId;

    // 4. Order stage: what to send, and the client events to publish
    public OutputAction action;
    public final TwsOrder outboundOrder = new TwsOrder();
    /**
     * With {@code action} PLACE_ORDER: the orders to place, in order; {@link #outboundOrder} is the
     * first. More than one only for a bracket (entry, take-profit, stop-loss), whose last one
     * transmits the three.
     */
    public final TwsOrder[] outboundOrders = {outboundOrder, new TwsOrder(), new TwsOrder()};
    public int outboundOrderCount;
    public int outboundSession;
    public final int[] outboundCancelIds = new int[MAX_CANCELS_PER_EVENT];
    public final int[] outboundCancelSessions = new int[MAX_CANCELS_PER_EVENT];
    public int outboundCancelCount;
    /**
     * With {@code action} RECONCILE: when the session should ask again, from now.
     */
    public long reconcileDelayNs;
    public int egressClient;
    public final UnsafeBuffer egress = new UnsafeBuffer(new byte[EGRESS_CAPACITY]);
    public int egressLength;

    /**
     * 6. Written by the engine's stage wrapper, not by the stages, and only while a
     * {@link StageTimingListener} is set: {@link System#nanoTime()} when each stage (index
     * {@link #STAGE_JOURNAL} … {@link #STAGE_OUTPUT}) finished this event. Every slot is stamped by
     * every stage, so nothing needs resetting. For latency measurement only; no decision reads them. (The publisher's time is {@link #timestampNs}, on the engine's epoch clock.)
     */
    public final long[] stageDoneNs = new long[STAGE_COUNT];

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
        this.killSwitchEngaged = null;
        this.killSwitchAccount = NO_ACCOUNT;
        this.killSwitchClient = NO_CLIENT;
        this.approvalConsumed = 0;
        this.gateReplyLength = 0;
        this.idempotency = IdempotencyOutcome.NOT_APPLICABLE;
        this.orderId = NO_ORDER;
        this.targetOrderId = NO_ORDER;
        this.action = OutputAction.NONE;
        this.outboundCancelCount = 0;
        this.outboundOrderCount = 1;
        this.outboundSession = 0;
        this.reconcileDelayNs = 0;
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
