package io.ringfence.cli;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;

import java.util.concurrent.TimeUnit;

/**
 * Follows one order through the client's egress events: the reply to this request (by
 * correlation id) and everything about the order (by account and idempotency key), until a
 * final state or the deadline.
 */
final class OrderWatcher implements ClientEventHandler
{
    private final long correlationId;
    private final String account;
    private String idempotencyKey;
    private final OrderOutcome outcome = new OrderOutcome();
    private boolean answered;

    OrderWatcher(final long correlationId, final String account, final String idempotencyKey)
    {
        this.correlationId = correlationId;
        this.account = account;
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * Poll until a final state, or until {@code stopWhenAnswered} and any answer came, or the timeout.
     */
    OrderOutcome await(final RingfenceClient client, final int timeoutSeconds, final boolean stopWhenAnswered)
        throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!outcome.isFinal() && !(stopWhenAnswered && answered) && System.nanoTime() - deadlineNs < 0)
        {
            if (client.poll(this, 16) == 0)
            {
                Thread.sleep(1);
            }
        }
        return outcome;
    }

    boolean answered()
    {
        return answered;
    }

    @Override
    public void onAccepted(final OrderAcceptedDecoder accepted)
    {
        if (accepted.correlationId() == correlationId)
        {
            answered = true;
            outcome.accepted = true;
            outcome.brokerOrderId = accepted.brokerOrderId();
            outcome.lifecycle.add("ACCEPTED");
        }
    }

    @Override
    public void onRefused(final OrderRefusedDecoder refused)
    {
        if (refused.correlationId() == correlationId || isThisOrder(refused.account(), refused.idempotencyKey()))
        {
            answered = true;
            outcome.refusal = refused.reason();
            outcome.brokerCode = refused.brokerCode();
            outcome.detail = refused.detail();
            outcome.lifecycle.add("REFUSED " + outcome.refusal);
        }
    }

    @Override
    public void onStatus(final OrderStatusUpdateDecoder status)
    {
        if (status.correlationId() == correlationId || isThisOrder(status.account(), status.idempotencyKey()))
        {
            if (idempotencyKey == null)
            {
                idempotencyKey = status.idempotencyKey();
            }
            answered = true;
            outcome.state = status.state();
            outcome.brokerOrderId = status.brokerOrderId();
            outcome.filledQuantity = status.filledQuantity();
            outcome.remainingQuantity = status.remainingQuantity();
            outcome.avgFillPrice = status.avgFillPrice();
            outcome.lifecycle.add(outcome.state.name());
        }
    }

    @Override
    public void onFill(final FillDecoder fill)
    {
        if (fill.correlationId() == correlationId || isThisOrder(fill.account(), fill.idempotencyKey()))
        {
            outcome.fills.add(new OrderOutcome.FillLine(
                fill.execId(), fill.quantity(), fill.price(), fill.cumulativeQuantity()));
            outcome.lifecycle.add("FILL " + fill.quantity());
        }
    }

    private boolean isThisOrder(final String eventAccount, final String eventKey)
    {
        return idempotencyKey != null && account.equals(eventAccount) && idempotencyKey.equals(eventKey);
    }
}
