package io.ringfence.engine.output;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.ingress.ClientRings;
import io.ringfence.journal.audit.DecisionJournal;

/**
 * Stage 5: sends the order stage's PLACE_ORDER / CANCEL_ORDER to the broker, records the decision
 * (refusal or acceptance, idempotency outcome, what was sent, every client event) in the
 * decisions journal, then publishes the event's client events on the client's egress ring.
 * In that order: a client never sees "accepted" for an order that was not handed to the session,
 * nor an event whose decision is not in the journal.
 * Group commit: the decisions journal is forced at end of batch in sync mode.
 */
public final class OutputStage implements EventHandler<InboundEvent>
{
    private static final int LENGTH_PREFIX = Integer.BYTES;

    private final OrderSender sender;
    private final ClientRings rings;
    private final DecisionJournal decisions;
    private long sendFailures;
    private volatile long ordersSent;

    public OutputStage(final OrderSender sender, final ClientRings rings, final DecisionJournal decisions)
    {
        this.sender = sender;
        this.rings = rings;
        this.decisions = decisions;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        final boolean sent = send(event);
        if (event.action != OutputAction.NONE || event.egressLength > 0 || event.refusal != null)
        {
            recordDecision(event, sent);
        }
        publishClientEvents(event);
        if (endOfBatch)
        {
            decisions.endOfBatch();
        }
    }

    /**
     * PLACE_ORDER messages handed to the session; readable from other threads.
     */
    public long ordersSent()
    {
        return ordersSent;
    }

    public long sendFailures()
    {
        return sendFailures;
    }

    private boolean send(final InboundEvent event)
    {
        final boolean sent;
        switch (event.action)
        {
            case PLACE_ORDER ->
            {
                sent = sender.placeOrder(event.outboundOrder);
                if (sent)
                {
                    ordersSent++;
                }
            }
            case CANCEL_ORDER -> sent = sender.cancelOrder(event.outboundCancelId);
            default ->
            {
                return false;
            }
        }
        if (!sent)
        {
            sendFailures++;
        }
        return sent;
    }

    private void recordDecision(final InboundEvent event, final boolean sent)
    {
        final int brokerOrderId = switch (event.action)
        {
            case PLACE_ORDER -> event.outboundOrder.orderId();
            case CANCEL_ORDER -> event.outboundCancelId;
            default -> 0;
        };
        decisions.begin(event.journalIndex, event.timestampNs, event.kind, event.source, event.refusal,
                event.idempotency, event.action, sent)
            .orderId(event.orderId != InboundEvent.NO_ORDER ? event.orderId : event.targetOrderId)
            .brokerOrderId(brokerOrderId)
            .client((short)event.egressClient);
        decisions.commit(event.egress, 0, event.egressLength);
    }

    private void publishClientEvents(final InboundEvent event)
    {
        if (event.egressClient == InboundEvent.NO_CLIENT)
        {
            return;
        }
        int offset = 0;
        while (offset < event.egressLength)
        {
            final int length = event.egress.getInt(offset);
            rings.get(event.egressClient).transmit(event.egress, offset + LENGTH_PREFIX, length);
            offset += LENGTH_PREFIX + length;
        }
    }
}
