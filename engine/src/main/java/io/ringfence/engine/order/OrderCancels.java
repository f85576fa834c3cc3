package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.IdempotencyOutcome;
import io.ringfence.codecs.sbe.KillSwitchCommandDecoder;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.engine.FixedAscii;
import io.ringfence.engine.InboundEvent;

/**
 * The order stage's cancels: one order named by key, broker order id or permId; every working
 * order whose key starts with a prefix; every working order in a kill switch's scope. Each order
 * to cancel goes PENDING_CANCEL and its broker id onto the event's CANCEL_ORDER list (at most
 * {@link InboundEvent#MAX_CANCELS_PER_EVENT}).
 */
final class OrderCancels
{
    private final OrderBook book;
    private final ClientEvents events;

    OrderCancels(final OrderBook book, final ClientEvents events)
    {
        this.book = book;
        this.events = events;
    }

    void onCancel(final InboundEvent event, final CancelOrderDecoder cancel)
    {
        if (event.targetOrderId == InboundEvent.MATCHING_ORDERS)
        {
            cancelMatching(event, cancel);
            return;
        }
        final Order order = event.targetOrderId == InboundEvent.BY_BROKER_ID ?
            byBrokerId(cancel) : book.get(event.targetOrderId);
        if (order == null || order.state == null)
        {
            events.refused(event, cancel, order == null ? RefusalReason.UNKNOWN_ORDER : RefusalReason.ORDER_NOT_CANCELLABLE);
            return;
        }
        if (event.idempotency == IdempotencyOutcome.REPLAY)
        {
            events.status(event, order, cancel.correlationId());
            return;
        }
        if (order.isTerminal())
        {
            events.refused(event, cancel, RefusalReason.ORDER_NOT_CANCELLABLE);
            return;
        }
        requestCancel(event, order);
        event.action = OutputAction.CANCEL_ORDER;
        events.status(event, order, cancel.correlationId());
    }

    /**
     * A kill switch was engaged by this input: cancel every working order in its scope (all, one
     * account's, or one client's). Each order's own client hears of it from the broker's answers.
     *
     * @param command the operator's command when this input is one (an account scope names its
     *                account there), or null.
     */
    void onKillSwitch(final InboundEvent event, final KillSwitchCommandDecoder command)
    {
        for (int orderId = 0, last = book.highestOrderId(); orderId <= last; orderId++)
        {
            final Order order = book.get(orderId);
            if (!isWorking(order))
            {
                continue;
            }
            final boolean inScope = switch (event.killSwitchEngaged)
            {
                case GLOBAL -> true;
                case ACCOUNT -> command != null &&
                    order.isOfAccount(command.buffer(), command.offset() + KillSwitchCommandDecoder.accountEncodingOffset());
                case CLIENT -> order.clientIndex == event.killSwitchClient;
                default -> false;
            };
            if (inScope)
            {
                requestCancel(event, order);
            }
        }
        if (event.outboundCancelCount > 0)
        {
            event.action = OutputAction.CANCEL_ORDER;
        }
    }

    /**
     * The order a cancel names by broker order id (in its mode's session) or permId, if it is one
     * of this engine's orders on the cancel's account.
     */
    private Order byBrokerId(final CancelOrderDecoder cancel)
    {
        final Order order = cancel.targetPermId() > 0 ? book.byPermId(cancel.targetPermId()) :
            book.byBrokerOrderId(OrderStage.sessionOf(cancel.mode()), cancel.targetBrokerOrderId());
        return order == null ||
            !order.isOfAccount(cancel.buffer(), cancel.offset() + CancelOrderDecoder.accountEncodingOffset()) ? null : order;
    }

    /**
     * A cancel of every working order of the account whose key starts with the target's prefix
     * (the target key without its {@code *}): a target-position batch ({@code b1/*}) or all
     * ({@code *}). Each one's status goes to the requesting client (as many as one event carries;
     * the broker's answers follow for all). A retry reports the state of every order the prefix
     * matches and sends nothing; a prefix matching no working order is refused
     * ORDER_NOT_CANCELLABLE.
     */
    private void cancelMatching(final InboundEvent event, final CancelOrderDecoder cancel)
    {
        final int accountOffset = cancel.offset() + CancelOrderDecoder.accountEncodingOffset();
        final int prefixOffset = cancel.offset() + CancelOrderDecoder.targetIdempotencyKeyEncodingOffset();
        final int prefixLength = FixedAscii.length(cancel.buffer(), prefixOffset,
            CancelOrderDecoder.targetIdempotencyKeyLength()) - 1;
        final boolean replay = event.idempotency == IdempotencyOutcome.REPLAY;
        int matched = 0;
        for (int orderId = 0, last = book.highestOrderId(); orderId <= last; orderId++)
        {
            final Order order = book.get(orderId);
            if (order.state == null || (!replay && !isWorking(order)) ||
                !order.isOfAccount(cancel.buffer(), accountOffset) ||
                !order.hasKeyPrefix(cancel.buffer(), prefixOffset, prefixLength))
            {
                continue;
            }
            if (!replay)
            {
                requestCancel(event, order);
            }
            events.status(event, order, cancel.correlationId());
            matched++;
        }
        if (matched == 0)
        {
            events.refused(event, cancel, RefusalReason.ORDER_NOT_CANCELLABLE);
        }
        else if (event.outboundCancelCount > 0)
        {
            event.action = OutputAction.CANCEL_ORDER;
        }
    }

    /**
     * Working, and cancellable through the API (an order placed in TWS by hand has broker order
     * id 0).
     */
    private static boolean isWorking(final Order order)
    {
        return order.state != null && !order.isTerminal() && order.state != OrderState.PENDING_CANCEL &&
            order.brokerOrderId > 0;
    }

    private static void requestCancel(final InboundEvent event, final Order order)
    {
        if (event.outboundCancelCount < InboundEvent.MAX_CANCELS_PER_EVENT)
        {
            order.state = OrderState.PENDING_CANCEL;
            order.lastUpdateNs = event.timestampNs;
            event.outboundCancelSessions[event.outboundCancelCount] = order.session;
            event.outboundCancelIds[event.outboundCancelCount++] = order.brokerOrderId;
        }
    }
}
