package io.ringfence.engine.output;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.ingress.ClientRings;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.journal.audit.DecisionJournal;
import org.agrona.concurrent.status.AtomicCounter;

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

    private final OrderSender[] senders;
    private final ClientRings rings;
    private final DecisionJournal decisions;
    private final EngineCounters counters;
    private final AtomicCounter ordersSent;
    private final AtomicCounter cancelsSent;
    private final AtomicCounter sendFailures;
    private final AtomicCounter decisionsAppended;
    private final AtomicCounter accepted;
    private final AtomicCounter refused;
    private final AtomicCounter replayed;
    private final AtomicCounter eventsPublished;
    private final AtomicCounter pacingDelayUs;

    public OutputStage(
        final OrderSender[] senders, final ClientRings rings, final DecisionJournal decisions, final EngineCounters counters)
    {
        this.senders = senders.clone();
        this.rings = rings;
        this.decisions = decisions;
        this.counters = counters;
        this.ordersSent = counters.get(EngineCounter.ORDERS_SENT);
        this.cancelsSent = counters.get(EngineCounter.CANCELS_SENT);
        this.sendFailures = counters.get(EngineCounter.SEND_FAILURES);
        this.decisionsAppended = counters.get(EngineCounter.DECISIONS);
        this.accepted = counters.get(EngineCounter.INTENTS_ACCEPTED);
        this.refused = counters.get(EngineCounter.INTENTS_REFUSED);
        this.replayed = counters.get(EngineCounter.INTENTS_REPLAYED);
        this.eventsPublished = counters.get(EngineCounter.CLIENT_EVENTS_PUBLISHED);
        this.pacingDelayUs = counters.get(EngineCounter.PACING_DELAY_US);
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch)
    {
        final boolean sent = send(event);
        countOutcome(event);
        if (event.action != OutputAction.NONE || event.egressLength > 0 || event.refusal != null)
        {
            recordDecision(event, sent);
        }
        publishClientEvents(event);
        if (endOfBatch)
        {
            decisions.endOfBatch();
            pacingDelayUs.setRelease(pacingDelayTotalNs() / 1_000);
        }
    }


    private long pacingDelayTotalNs()
    {
        long totalNs = 0;
        for (final OrderSender sender : senders)
        {
            totalNs += sender.pacingDelayTotalNs();
        }
        return totalNs;
    }

    private boolean send(final InboundEvent event)
    {
        final boolean sent;
        switch (event.action)
        {
            case PLACE_ORDER ->
            {
                boolean all = true;
                for (int i = 0; i < event.outboundOrderCount; i++)
                {
                    if (senders[event.outboundSession].placeOrder(event.outboundOrders[i]))
                    {
                        ordersSent.incrementRelease();
                    }
                    else
                    {
                        all = false;
                    }
                }
                sent = all;
            }
            case CANCEL_ORDER ->
            {
                boolean all = true;
                for (int i = 0; i < event.outboundCancelCount; i++)
                {
                    if (senders[event.outboundCancelSessions[i]].cancelOrder(event.outboundCancelIds[i]))
                    {
                        cancelsSent.incrementRelease();
                    }
                    else
                    {
                        all = false;
                    }
                }
                sent = all;
            }
            case RECONCILE ->
            {
                senders[event.outboundSession].requestReconciliation(event.reconcileDelayNs);
                return true;
            }
            default ->
            {
                return false;
            }
        }
        if (!sent)
        {
            sendFailures.incrementRelease();
        }
        return sent;
    }

    private void countOutcome(final InboundEvent event)
    {
        if (event.refusal != null)
        {
            refused.incrementRelease();
            counters.refusals(event.refusal).incrementRelease();
        }
        else if (event.idempotency == IdempotencyOutcome.REPLAY)
        {
            replayed.incrementRelease();
        }
        else if (event.idempotency == IdempotencyOutcome.NEW)
        {
            accepted.incrementRelease();
        }
    }

    private void recordDecision(final InboundEvent event, final boolean sent)
    {
        final int brokerOrderId = switch (event.action)
        {
            case PLACE_ORDER -> event.outboundOrder.orderId();
            case CANCEL_ORDER -> event.outboundCancelCount > 0 ? event.outboundCancelIds[0] : 0;
            default -> 0;
        };
        decisions.begin(event.journalIndex, event.timestampNs, event.kind, event.source, event.refusal,
                event.idempotency, event.action, sent)
            .orderId(event.orderId != InboundEvent.NO_ORDER ? event.orderId : event.targetOrderId)
            .brokerOrderId(brokerOrderId)
            .client((short)event.egressClient);
        decisions.commit(event.egress, 0, event.egressLength);
        decisionsAppended.incrementRelease();
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
            eventsPublished.incrementRelease();
            offset += LENGTH_PREFIX + length;
        }
    }
}
