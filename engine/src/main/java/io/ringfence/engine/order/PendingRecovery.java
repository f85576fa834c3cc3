package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * Orders an earlier engine run sent that no broker answer has mentioned since: whether the broker
 * ever received them is unknown, so a retry of their key is refused
 * {@code IDEMPOTENCY_PENDING_RECOVERY} instead of answered with a receipt or sent again.
 * <p>
 * A reconciliation pass (open orders, completed orders and executions, each to its end marker)
 * settles them. An order the pass found has moved on with the broker's state. One still only
 * ACCEPTED after a pass that began at least {@code release_after_ms} after this run started was
 * listed by none of the broker's answers long after the previous run's last write could have
 * arrived: it is released (REFUSED {@code GATEWAY_UNAVAILABLE}, so a retry of its key is decided
 * again and may send). A pass that began sooner releases nothing and asks for another pass at the
 * time one would count. Absence in an answer that began right after the restart is not enough:
 * a gateway may still be processing what the dead process wrote.
 * <p>
 * Runs are counted from the journaled ENGINE_STARTED session events, and time comes from the
 * events, so a replay releases the same orders at the same inputs.
 */
final class PendingRecovery
{
    static final long NO_PASS_NEEDED = -1;

    private final OrderBook book;
    private final long releaseAfterNs;
    private final AtomicCounter released;
    private final AtomicCounter pending;
    private int run;
    private long runStartNs;

    PendingRecovery(final OrderBook book, final long releaseAfterNs, final EngineCounters counters)
    {
        this.book = book;
        this.releaseAfterNs = releaseAfterNs;
        this.released = counters.get(EngineCounter.ORDERS_RELEASED);
        this.pending = counters.get(EngineCounter.ORDERS_PENDING_RECOVERY);
    }

    void onEngineStarted(final long nowNs)
    {
        run++;
        runStartNs = nowNs;
    }

    /**
     * @return the run new orders are sent in.
     */
    int run()
    {
        return run;
    }

    /**
     * Sent by an earlier run, still only ACCEPTED, and not mentioned by the broker in this run (a
     * PendingSubmit or a warning mentions it without moving it on: it exists, so it is not
     * released).
     */
    boolean isPending(final Order order)
    {
        return order.state == OrderState.ACCEPTED && order.run < run && order.seenInRun < run;
    }

    /**
     * A reconciliation pass of one session ended.
     *
     * @param session     whose answers ended.
     * @param passStartNs journaled time the pass began (its connect, or its first answer).
     * @param nowNs       the event's journaled time.
     * @return how long from now another pass should begin, or {@link #NO_PASS_NEEDED}.
     */
    long onPassEnded(final int session, final long passStartNs, final long nowNs)
    {
        final long countsFromNs = runStartNs + releaseAfterNs;
        final boolean counts = passStartNs - countsFromNs >= 0;
        long stillPending = 0;
        for (int orderId = 0, last = book.highestOrderId(); orderId <= last; orderId++)
        {
            final Order order = book.get(orderId);
            if (order.session != session || !isPending(order))
            {
                continue;
            }
            if (counts)
            {
                order.state = OrderState.REFUSED;
                order.refusal = RefusalReason.GATEWAY_UNAVAILABLE;
                order.lastUpdateNs = nowNs;
                book.onFinished(order);
                book.forgetBrokerIds(order);
                released.incrementRelease();
            }
            else
            {
                stillPending++;
            }
        }
        pending.setRelease(stillPending);
        return stillPending == 0 ? NO_PASS_NEEDED : Math.max(0, countsFromNs - nowNs);
    }
}
