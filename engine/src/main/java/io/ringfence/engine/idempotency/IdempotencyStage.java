package io.ringfence.engine.idempotency;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.engine.BracketKeys;
import io.ringfence.engine.FixedAscii;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;
import io.ringfence.journal.idempotency.ClaimOutcome;
import io.ringfence.journal.idempotency.IdempotencyDescriptor;
import io.ringfence.journal.idempotency.IdempotencyTable;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Stage 3: claims each accepted intent's idempotency key in the memory-mapped
 * {@link IdempotencyTable}, under the journal index of the intent and its journaled time. Writes
 * {@link InboundEvent#idempotency}, {@link InboundEvent#orderId} (the engine order a new order
 * gets, or the one a replay names) and {@link InboundEvent#targetOrderId} (what a cancel or
 * modify is about), or a refusal. The only writer of the table; engine order ids are assigned
 * here, in journal order, so a replay assigns the same ones.
 * <p>
 * A submit's key records its order; a cancel's or modify's key records no order (its target is
 * named by the target key), so a key used for one kind of request conflicts with the other. The
 * request hash is seeded with the template id for the same reason. Broker frames that report an
 * order done make its key FINAL ({@link FinishedKeys}), reclaimable after the key retention. At
 * the end of each batch the table's watermark moves to the batch's last journal index.
 */
public final class IdempotencyStage implements EventHandler<InboundEvent>
{
    private static final int CORRELATION_ID_LENGTH = 8;
    private static final int NO_ORDER = IdempotencyDescriptor.NULL_ID;
    private static final int BRACKET_ORDERS = 3;

    private final IdempotencyTable table;
    private final IntentDecoder intent = new IntentDecoder();
    private final FinishedKeys finishedKeys;
    private final UnsafeBuffer legKeys =
        new UnsafeBuffer(new byte[IdempotencyDescriptor.ACCOUNT_LENGTH + IdempotencyDescriptor.KEY_LENGTH]);
    private final int maxOrders;
    private int nextOrderId;

    /**
     * @param table empty, to be filled by a replay of the journal this stage will then be fed from
     *              (a full table refuses {@code IDEMPOTENCY_TABLE_FULL}, counted with the other
     *              refusal codes).
     * @param maxOrders engine orders the book holds: a new key beyond them is refused
     *              {@code ORDER_BOOK_FULL} before it is claimed.
     */
    public IdempotencyStage(final IdempotencyTable table, final int maxOrders)
    {
        this.table = table;
        this.maxOrders = maxOrders;
        this.finishedKeys = new FinishedKeys(table);
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        if (endOfBatch && event.journalIndex >= 0)
        {
            table.watermark(event.journalIndex);
        }
        switch (event.kind)
        {
            case BROKER_FRAME -> finishedKeys.onFrame(event);
            case BROKER_SESSION -> finishedKeys.onSessionEvent(event);
            default ->
            {
            }
        }
        if (!event.isClientIntent() || event.isRefused() || event.gateReplyLength > 0)
        {
            return;
        }
        switch (intent.wrap(event))
        {
            case NewOrderDecoder.TEMPLATE_ID -> onNewOrder(event, intent.newOrder());
            case TargetPositionDecoder.TEMPLATE_ID -> onTargetPosition(event, intent.targetPosition());
            case NewBracketDecoder.TEMPLATE_ID -> onNewBracket(event, intent.newBracket());
            case QueryDecoder.TEMPLATE_ID ->
            {
            }
            case CancelOrderDecoder.TEMPLATE_ID -> onCancelOrder(event, intent.cancelOrder());
            case ModifyOrderDecoder.TEMPLATE_ID -> onModifyOrder(event, intent.modifyOrder());
            default -> event.refusal = RefusalReason.MALFORMED_INTENT;
        }
    }

    private void onNewOrder(final InboundEvent event, final NewOrderDecoder order)
    {
        final int base = order.offset();
        claimOrders(event, order.buffer(), base, order.encodedLength(), NewOrderDecoder.TEMPLATE_ID,
            base + NewOrderDecoder.accountEncodingOffset(), base + NewOrderDecoder.idempotencyKeyEncodingOffset(), 1);
    }

    private void onTargetPosition(final InboundEvent event, final TargetPositionDecoder target)
    {
        final int base = target.offset();
        claimOrders(event, target.buffer(), base, target.encodedLength(), TargetPositionDecoder.TEMPLATE_ID,
            base + TargetPositionDecoder.accountEncodingOffset(), base + TargetPositionDecoder.idempotencyKeyEncodingOffset(), 1);
    }

    /**
     * A bracket: three engine orders (entry, take-profit, stop-loss) under the entry's key, and
     * the exits' keys ({@link BracketKeys}) claimed beside it, so no later request can take them.
     * A bracket whose exit keys are already in use is a conflict, claimed nothing.
     */
    private void onNewBracket(final InboundEvent event, final NewBracketDecoder bracket)
    {
        final DirectBuffer buffer = bracket.buffer();
        final int base = bracket.offset();
        final int accountOffset = base + NewBracketDecoder.accountEncodingOffset();
        final int keyOffset = base + NewBracketDecoder.idempotencyKeyEncodingOffset();
        legKeys.putBytes(0, buffer, accountOffset, IdempotencyDescriptor.ACCOUNT_LENGTH);
        final boolean isNew = table.find(buffer, accountOffset, keyOffset) < 0;
        for (int leg = BracketKeys.TAKE_PROFIT; leg <= BracketKeys.STOP_LOSS; leg++)
        {
            BracketKeys.legKey(buffer, keyOffset, leg, legKeys, IdempotencyDescriptor.ACCOUNT_LENGTH);
            if (isNew && table.find(legKeys, 0, IdempotencyDescriptor.ACCOUNT_LENGTH) >= 0)
            {
                event.refusal = RefusalReason.IDEMPOTENCY_CONFLICT;
                return;
            }
        }
        final long requestHash = requestHash(buffer, base, bracket.encodedLength(), NewBracketDecoder.TEMPLATE_ID);
        claimOrders(event, buffer, base, bracket.encodedLength(), NewBracketDecoder.TEMPLATE_ID, accountOffset, keyOffset,
            BRACKET_ORDERS);
        if (event.idempotency != IdempotencyOutcome.NEW)
        {
            return;
        }
        for (int leg = BracketKeys.TAKE_PROFIT; leg <= BracketKeys.STOP_LOSS && event.refusal == null; leg++)
        {
            BracketKeys.legKey(buffer, keyOffset, leg, legKeys, IdempotencyDescriptor.ACCOUNT_LENGTH);
            apply(event, table.claim(legKeys, 0, IdempotencyDescriptor.ACCOUNT_LENGTH, requestHash, event.journalIndex,
                event.orderId + leg, event.timestampNs));
        }
    }

    /**
     * A request that creates orders (a submit, a target position's order, a bracket's three): a
     * new key gets the next engine order ids, a retry the first one its key recorded.
     */
    private void claimOrders(
        final InboundEvent event,
        final DirectBuffer buffer,
        final int base,
        final int blockLength,
        final int templateId,
        final int accountOffset,
        final int keyOffset,
        final int orders)
    {
        if (nextOrderId + orders > maxOrders && table.find(buffer, accountOffset, keyOffset) < 0)
        {
            event.refusal = RefusalReason.ORDER_BOOK_FULL;
            return;
        }
        final ClaimOutcome outcome = table.claim(
            buffer,
            accountOffset,
            keyOffset,
            requestHash(buffer, base, blockLength, templateId),
            event.journalIndex,
            nextOrderId,
            event.timestampNs);
        if (outcome == ClaimOutcome.NEW)
        {
            event.orderId = nextOrderId;
            nextOrderId += orders;
        }
        else if (outcome == ClaimOutcome.REPLAY && table.lastOrderId() == NO_ORDER)
        {
            event.refusal = RefusalReason.IDEMPOTENCY_CONFLICT;
            return;
        }
        else
        {
            event.orderId = table.lastOrderId();
        }
        apply(event, outcome);
    }

    /**
     * A cancel names its order by key, or by a key prefix ending in {@code *}
     * ({@link InboundEvent#MATCHING_ORDERS}), or, with an empty key, by broker order id or permId
     * ({@link InboundEvent#BY_BROKER_ID}: the order stage, which knows broker ids, resolves it).
     */
    private void onCancelOrder(final InboundEvent event, final CancelOrderDecoder cancel)
    {
        final int base = cancel.offset();
        final DirectBuffer buffer = cancel.buffer();
        final int accountOffset = base + CancelOrderDecoder.accountEncodingOffset();
        final int targetKeyOffset = base + CancelOrderDecoder.targetIdempotencyKeyEncodingOffset();
        final int targetKeyLength = FixedAscii.length(buffer, targetKeyOffset, CancelOrderDecoder.targetIdempotencyKeyLength());
        final int target;
        if (targetKeyLength == FixedAscii.INVALID)
        {
            target = InboundEvent.BY_BROKER_ID;
        }
        else if (buffer.getByte(targetKeyOffset + targetKeyLength - 1) == '*')
        {
            target = InboundEvent.MATCHING_ORDERS;
        }
        else
        {
            target = orderOf(buffer, accountOffset, targetKeyOffset);
        }
        claimRequest(event, buffer, base, cancel.encodedLength(), CancelOrderDecoder.TEMPLATE_ID, accountOffset,
            base + CancelOrderDecoder.idempotencyKeyEncodingOffset(), target);
    }

    private void onModifyOrder(final InboundEvent event, final ModifyOrderDecoder modify)
    {
        final int base = modify.offset();
        final int accountOffset = base + ModifyOrderDecoder.accountEncodingOffset();
        claimRequest(event, modify.buffer(), base, modify.encodedLength(), ModifyOrderDecoder.TEMPLATE_ID, accountOffset,
            base + ModifyOrderDecoder.idempotencyKeyEncodingOffset(),
            orderOf(modify.buffer(), accountOffset, base + ModifyOrderDecoder.targetIdempotencyKeyEncodingOffset()));
    }

    private int orderOf(final DirectBuffer buffer, final int accountOffset, final int keyOffset)
    {
        return table.find(buffer, accountOffset, keyOffset) < 0 ? NO_ORDER : table.lastOrderId();
    }

    /**
     * A cancel or modify: its target must be an order of this account's keys (or a set the order
     * stage resolves), and its own key is claimed like any other (a retry replays, a different
     * request under it conflicts).
     */
    private void claimRequest(
        final InboundEvent event,
        final DirectBuffer buffer,
        final int base,
        final int blockLength,
        final int templateId,
        final int accountOffset,
        final int keyOffset,
        final int target)
    {
        if (target == NO_ORDER)
        {
            event.refusal = RefusalReason.UNKNOWN_ORDER;
            return;
        }
        final ClaimOutcome outcome = table.claim(buffer, accountOffset, keyOffset,
            requestHash(buffer, base, blockLength, templateId), event.journalIndex, NO_ORDER, event.timestampNs);
        if (outcome == ClaimOutcome.REPLAY && table.lastOrderId() != NO_ORDER)
        {
            event.refusal = RefusalReason.IDEMPOTENCY_CONFLICT;
            return;
        }
        apply(event, outcome);
        event.targetOrderId = target;
    }

    private static void apply(final InboundEvent event, final ClaimOutcome outcome)
    {
        switch (outcome)
        {
            case NEW -> event.idempotency = IdempotencyOutcome.NEW;
            case REPLAY -> event.idempotency = IdempotencyOutcome.REPLAY;
            case CONFLICT -> event.refusal = RefusalReason.IDEMPOTENCY_CONFLICT;
            case PENDING_RECOVERY -> event.refusal = RefusalReason.IDEMPOTENCY_PENDING_RECOVERY;
            case FULL -> event.refusal = RefusalReason.IDEMPOTENCY_TABLE_FULL;
        }
    }

    /**
     * The canonical request: every field of the intent's block, as long as the sender's schema
     * version made it, except the client's correlation id; seeded with the template id.
     */
    private static long requestHash(final DirectBuffer buffer, final int base, final int blockLength, final int templateId)
    {
        return RequestHash.hash(buffer, base + CORRELATION_ID_LENGTH, blockLength - CORRELATION_ID_LENGTH, templateId);
    }
}
