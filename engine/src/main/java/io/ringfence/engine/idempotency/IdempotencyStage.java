package io.ringfence.engine.idempotency;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.ModifyOrderDecoder;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.IntentDecoder;
import org.agrona.DirectBuffer;

/**
 * Stage 3: looks up each accepted intent's idempotency key. Writes
 * {@link InboundEvent#idempotency}, {@link InboundEvent#orderId} (the engine order a new order
 * gets, or the one a replay names) and {@link InboundEvent#targetOrderId} (what a cancel is
 * about), or a refusal.
 */
public final class IdempotencyStage implements EventHandler<InboundEvent>
{
    private static final int CORRELATION_ID_LENGTH = 8;

    private final IdempotencyKeys keys;
    private final IntentDecoder intent = new IntentDecoder();

    public IdempotencyStage(final IdempotencyKeys keys)
    {
        this.keys = keys;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        if (!event.isClientIntent() || event.isRefused() || event.gateReplyLength > 0)
        {
            return;
        }
        switch (intent.wrap(event))
        {
            case NewOrderDecoder.TEMPLATE_ID -> onNewOrder(event, intent.newOrder());
            case CancelOrderDecoder.TEMPLATE_ID -> onCancelOrder(event, intent.cancelOrder());
            case ModifyOrderDecoder.TEMPLATE_ID -> onModifyOrder(event, intent.modifyOrder());
            default -> event.refusal = RefusalReason.MALFORMED_INTENT;
        }
    }

    private void onNewOrder(final InboundEvent event, final NewOrderDecoder order)
    {
        final DirectBuffer buffer = order.buffer();
        final int base = order.offset();
        final IdempotencyKeys.Outcome outcome = keys.claimNewOrder(
            buffer,
            base + NewOrderDecoder.accountEncodingOffset(),
            base + NewOrderDecoder.idempotencyKeyEncodingOffset(),
            requestHash(buffer, base, order.encodedLength()));
        apply(event, outcome);
        event.orderId = keys.lastOrderId();
    }

    private void onCancelOrder(final InboundEvent event, final CancelOrderDecoder cancel)
    {
        final int base = cancel.offset();
        onRequestAboutAnOrder(event, cancel.buffer(), base, cancel.encodedLength(),
            base + CancelOrderDecoder.accountEncodingOffset(),
            base + CancelOrderDecoder.idempotencyKeyEncodingOffset(),
            base + CancelOrderDecoder.targetIdempotencyKeyEncodingOffset());
    }

    private void onModifyOrder(final InboundEvent event, final ModifyOrderDecoder modify)
    {
        final int base = modify.offset();
        onRequestAboutAnOrder(event, modify.buffer(), base, modify.encodedLength(),
            base + ModifyOrderDecoder.accountEncodingOffset(),
            base + ModifyOrderDecoder.idempotencyKeyEncodingOffset(),
            base + ModifyOrderDecoder.targetIdempotencyKeyEncodingOffset());
    }

    /**
     * A cancel or modify: its target must be an order of this account's keys, and its own key is
     * claimed like any other (a retry replays, a different request under it conflicts).
     */
    private void onRequestAboutAnOrder(
        final InboundEvent event,
        final DirectBuffer buffer,
        final int base,
        final int blockLength,
        final int accountOffset,
        final int keyOffset,
        final int targetKeyOffset)
    {
        final int target = keys.orderIdOf(buffer, accountOffset, targetKeyOffset);
        if (target == IdempotencyKeys.NO_ORDER)
        {
            event.refusal = RefusalReason.UNKNOWN_ORDER;
            return;
        }
        apply(event, keys.claimRequest(buffer, accountOffset, keyOffset, requestHash(buffer, base, blockLength), target));
        event.targetOrderId = target;
    }

    private static void apply(final InboundEvent event, final IdempotencyKeys.Outcome outcome)
    {
        switch (outcome)
        {
            case NEW -> event.idempotency = IdempotencyOutcome.NEW;
            case REPLAY -> event.idempotency = IdempotencyOutcome.REPLAY;
            case CONFLICT -> event.refusal = RefusalReason.IDEMPOTENCY_CONFLICT;
            case FULL -> event.refusal = RefusalReason.IDEMPOTENCY_TABLE_FULL;
        }
    }

    /**
     * The canonical request: every field of the intent's block, as long as the sender's schema
     * version made it, except the client's correlation id.
     */
    private static long requestHash(final DirectBuffer buffer, final int base, final int blockLength)
    {
        return KeyHash.hash(buffer, base + CORRELATION_ID_LENGTH, blockLength - CORRELATION_ID_LENGTH, 1);
    }
}
