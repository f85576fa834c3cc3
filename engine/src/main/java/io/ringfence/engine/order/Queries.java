package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.FillEncoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateEncoder;
import io.ringfence.codecs.sbe.PositionReportEncoder;
import io.ringfence.codecs.sbe.QueryDecoder;
import io.ringfence.codecs.sbe.QueryKind;
import io.ringfence.engine.FixedAscii;
import io.ringfence.engine.InboundEvent;
import org.agrona.DirectBuffer;

/**
 * Answers a Query from the order stage's view, in the query's event: an ORDER query the order's
 * status; an ORDERS query the status of every working order of the account whose key starts with
 * the prefix (a target-position batch is {@code b1/}); a POSITIONS query a PositionReport per
 * symbol the account has traded or works; an EXECUTIONS query a Fill per execution since a time
 * (of the {@link ExecutionLog}'s last {@value ExecutionLog#CAPACITY}), oldest first. Then a QueryEnd with the count, truncated when more
 * matched than one event carries (narrow the prefix). Reads only; sends nothing.
 */
final class Queries
{
    private final OrderBook book;
    private final ClientEvents events;
    private final ExecutionLog executions;

    Queries(final OrderBook book, final ClientEvents events, final ExecutionLog executions)
    {
        this.book = book;
        this.events = events;
        this.executions = executions;
    }

    void answer(final InboundEvent event, final QueryDecoder query)
    {
        final DirectBuffer buffer = query.buffer();
        final int accountOffset = query.offset() + QueryDecoder.accountEncodingOffset();
        final int keyOffset = query.offset() + QueryDecoder.idempotencyKeyEncodingOffset();
        final int keyLength = Math.max(0, FixedAscii.length(buffer, keyOffset, Order.KEY_LENGTH));
        final long correlationId = query.correlationId();
        int count = 0;
        boolean truncated = false;
        if (query.kind() == QueryKind.POSITIONS)
        {
            final Exposures exposures = book.exposures();
            for (int slot = 0, capacity = exposures.capacity(); slot < capacity; slot++)
            {
                if (exposures.isSymbolOf(slot, buffer, accountOffset))
                {
                    if (!ClientEvents.fitsBeforeQueryEnd(event, PositionReportEncoder.BLOCK_LENGTH))
                    {
                        truncated = true;
                        break;
                    }
                    events.positionReport(event, correlationId, exposures, slot, buffer, accountOffset);
                    count++;
                }
            }
        }
        else if (query.kind() == QueryKind.EXECUTIONS)
        {
            for (long sequence = executions.first(), end = executions.end(); sequence < end; sequence++)
            {
                final Order order = book.get(executions.orderId(sequence));
                if (executions.timestampNs(sequence) < query.sinceNs() ||
                    !order.isOfAccount(buffer, accountOffset) || !order.hasKeyPrefix(buffer, keyOffset, keyLength))
                {
                    continue;
                }
                if (!ClientEvents.fitsBeforeQueryEnd(event, FillEncoder.BLOCK_LENGTH))
                {
                    truncated = true;
                    break;
                }
                executions.fill(events, event, correlationId, order, sequence);
                count++;
            }
        }
        else
        {
            final boolean one = query.kind() == QueryKind.ORDER;
            for (int orderId = 0, last = book.highestOrderId(); orderId <= last; orderId++)
            {
                final Order order = book.get(orderId);
                if (order.state == null ||
                    !order.isOfAccount(buffer, accountOffset) ||
                    (one ? !order.hasText(Order.KEY_OFFSET, Order.KEY_LENGTH, buffer, keyOffset, keyLength) :
                        order.isTerminal() || !order.hasKeyPrefix(buffer, keyOffset, keyLength)))
                {
                    continue;
                }
                if (!ClientEvents.fitsBeforeQueryEnd(event, OrderStatusUpdateEncoder.BLOCK_LENGTH))
                {
                    truncated = true;
                    break;
                }
                events.status(event, order, correlationId);
                count++;
            }
        }
        events.queryEnd(event, correlationId, query.kind(), count, truncated);
    }
}
