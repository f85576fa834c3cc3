package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.FillEncoder;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.OrderAcceptedEncoder;
import io.ringfence.codecs.sbe.OrderRefusedEncoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateEncoder;
import io.ringfence.codecs.sbe.PositionReportEncoder;
import io.ringfence.codecs.sbe.QueryEndEncoder;
import io.ringfence.codecs.sbe.QueryKind;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetResultEncoder;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * Encodes client events into an event's egress area, each as {@code [int length][SBE message]},
 * for the output stage to publish. Events that do not fit are dropped and counted (the area is
 * sized for the most one input can cause).
 */
final class ClientEvents
{
    static final int LENGTH_PREFIX = Integer.BYTES;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRefusedEncoder refused = new OrderRefusedEncoder();
    private final OrderStatusUpdateEncoder status = new OrderStatusUpdateEncoder();
    private final FillEncoder fill = new FillEncoder();
    private final TargetResultEncoder target = new TargetResultEncoder();
    private final PositionReportEncoder position = new PositionReportEncoder();
    private final QueryEndEncoder queryEnd = new QueryEndEncoder();
    private final AtomicCounter droppedEvents;

    ClientEvents(final EngineCounters counters)
    {
        this.droppedEvents = counters.get(EngineCounter.CLIENT_EVENTS_DROPPED);
    }

    void accepted(final InboundEvent event, final Order order, final long correlationId)
    {
        if (!hasRoom(event, OrderAcceptedEncoder.BLOCK_LENGTH))
        {
            return;
        }
        accepted.wrapAndApplyHeader(event.egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .brokerOrderId(order.brokerOrderId)
            .putAccount(order.text.byteArray(), Order.ACCOUNT_OFFSET)
            .putIdempotencyKey(order.text.byteArray(), Order.KEY_OFFSET);
        commit(event, accepted.encodedLength());
    }

    /**
     * A cancel refused: to its requester, with the cancel's own account and key.
     */
    void refused(final InboundEvent event, final CancelOrderDecoder cancel, final RefusalReason reason)
    {
        refused(event, cancel.correlationId(), cancel.buffer(), cancel.offset() + CancelOrderDecoder.accountEncodingOffset(),
            cancel.offset() + CancelOrderDecoder.idempotencyKeyEncodingOffset(), reason,
            OrderRefusedEncoder.brokerCodeNullValue(), OrderStage.NO_TEXT, 0, 0);
    }

    void refused(
        final InboundEvent event,
        final long correlationId,
        final DirectBuffer text,
        final int accountOffset,
        final int keyOffset,
        final RefusalReason reason,
        final int brokerCode,
        final DirectBuffer detail,
        final int detailOffset,
        final int detailLength)
    {
        if (!hasRoom(event, OrderRefusedEncoder.BLOCK_LENGTH + OrderRefusedEncoder.detailHeaderLength() + detailLength))
        {
            return;
        }
        final MutableDirectBuffer egress = event.egress;
        refused.wrapAndApplyHeader(egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .reason(reason)
            .brokerCode(brokerCode);
        final int base = refused.offset();
        egress.putBytes(base + OrderRefusedEncoder.accountEncodingOffset(), text, accountOffset, OrderRefusedEncoder.accountLength());
        egress.putBytes(base + OrderRefusedEncoder.idempotencyKeyEncodingOffset(), text, keyOffset,
            OrderRefusedEncoder.idempotencyKeyLength());
        refused.putDetail(detail, detailOffset, detailLength);
        commit(event, refused.encodedLength());
    }

    /**
     * What a target position found (position, working quantity, the difference) and the order it
     * derived, from the order's record; the order's broker id is 0 and its side null when the
     * difference was 0 and nothing was sent.
     */
    void targetResult(final InboundEvent event, final Order order, final long correlationId)
    {
        if (!hasRoom(event, TargetResultEncoder.BLOCK_LENGTH))
        {
            return;
        }
        final boolean sent = order.state != null;
        final long delta = order.targetDesired - order.targetCurrent - order.targetWorking;
        target.wrapAndApplyHeader(event.egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .currentPosition(order.targetCurrent)
            .workingQuantity(order.targetWorking)
            .desiredPosition(order.targetDesired)
            .delta(delta)
            .side(sent ? order.side : Side.NULL_VAL)
            .quantity(sent ? order.quantity : 0)
            .orderType(sent ? order.type : OrderType.NULL_VAL)
            .limitPrice(sent ? order.limitPrice : Price.NULL)
            .brokerOrderId(sent ? order.brokerOrderId : 0)
            .putAccount(order.text.byteArray(), Order.ACCOUNT_OFFSET)
            .putSymbol(order.text.byteArray(), Order.SYMBOL_OFFSET)
            .putIdempotencyKey(order.text.byteArray(), Order.KEY_OFFSET);
        commit(event, target.encodedLength());
    }

    /**
     * One symbol's position and working quantities from the exposures, answering a query.
     */
    void positionReport(
        final InboundEvent event, final long correlationId, final Exposures exposures, final int slot,
        final DirectBuffer account, final int accountOffset)
    {
        if (!hasRoom(event, PositionReportEncoder.BLOCK_LENGTH))
        {
            return;
        }
        final int body = bodyOffset(event);
        position.wrapAndApplyHeader(event.egress, body, header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .position(exposures.position(slot))
            .workingBuy(exposures.working(slot, true))
            .workingSell(exposures.working(slot, false));
        final int block = body + MessageHeaderEncoder.ENCODED_LENGTH;
        event.egress.putBytes(block + PositionReportEncoder.accountEncodingOffset(), account, accountOffset,
            PositionReportEncoder.accountLength());
        exposures.symbol(slot, event.egress, block + PositionReportEncoder.symbolEncodingOffset());
        commit(event, position.encodedLength());
    }

    void queryEnd(
        final InboundEvent event, final long correlationId, final QueryKind kind, final int count, final boolean truncated)
    {
        if (!hasRoom(event, QueryEndEncoder.BLOCK_LENGTH))
        {
            return;
        }
        queryEnd.wrapAndApplyHeader(event.egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .kind(kind)
            .count(count)
            .truncated(truncated ? BooleanType.TRUE : BooleanType.FALSE);
        commit(event, queryEnd.encodedLength());
    }

    /**
     * Whether one more event of this block length fits and still leaves room for a QueryEnd;
     * nothing is counted when it does not (a query's answer is then marked truncated).
     */
    static boolean fitsBeforeQueryEnd(final InboundEvent event, final int blockLength)
    {
        final int frame = LENGTH_PREFIX + MessageHeaderEncoder.ENCODED_LENGTH;
        return event.egressLength + frame + blockLength + frame + QueryEndEncoder.BLOCK_LENGTH <= InboundEvent.EGRESS_CAPACITY;
    }

    void status(final InboundEvent event, final Order order, final long correlationId)
    {
        if (!hasRoom(event, OrderStatusUpdateEncoder.BLOCK_LENGTH))
        {
            return;
        }
        status.wrapAndApplyHeader(event.egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(event.timestampNs)
            .state(order.state)
            .brokerOrderId(order.brokerOrderId)
            .permId(order.permId)
            .filledQuantity(order.filledQuantity)
            .remainingQuantity(order.remainingQuantity())
            .avgFillPrice(OrderBook.averageFillPrice(order))
            .putAccount(order.text.byteArray(), Order.ACCOUNT_OFFSET)
            .putIdempotencyKey(order.text.byteArray(), Order.KEY_OFFSET);
        commit(event, status.encodedLength());
    }

    void fill(
        final InboundEvent event,
        final Order order,
        final long shares,
        final long price,
        final DirectBuffer execId,
        final int execIdOffset,
        final int execIdLength)
    {
        fill(event, order.correlationId, event.timestampNs, order, shares, price, order.filledQuantity, execId,
            execIdOffset, execIdLength);
    }

    /**
     * An execution as a Fill event: live (the order's correlation id, now) or from the execution
     * log answering a query (the query's correlation id, when it was applied, the cumulative
     * quantity then).
     */
    void fill(
        final InboundEvent event,
        final long correlationId,
        final long timestampNs,
        final Order order,
        final long shares,
        final long price,
        final long cumulativeQuantity,
        final DirectBuffer execId,
        final int execIdOffset,
        final int execIdLength)
    {
        if (!hasRoom(event, FillEncoder.BLOCK_LENGTH))
        {
            return;
        }
        fill.wrapAndApplyHeader(event.egress, bodyOffset(event), header)
            .correlationId(correlationId)
            .timestampNs(timestampNs)
            .side(order.side == null ? Side.NULL_VAL : order.side)
            .brokerOrderId(order.brokerOrderId)
            .quantity(shares)
            .price(price)
            .cumulativeQuantity(cumulativeQuantity)
            .putAccount(order.text.byteArray(), Order.ACCOUNT_OFFSET)
            .putSymbol(order.text.byteArray(), Order.SYMBOL_OFFSET)
            .putIdempotencyKey(order.text.byteArray(), Order.KEY_OFFSET);
        final int execIdBase = fill.offset() + FillEncoder.execIdEncodingOffset();
        final int length = Math.min(execIdLength, FillEncoder.execIdLength());
        event.egress.setMemory(execIdBase, FillEncoder.execIdLength(), (byte)0);
        event.egress.putBytes(execIdBase, execId, execIdOffset, length);
        commit(event, fill.encodedLength());
    }

    /**
     * Append an already-encoded SBE event (header included), e.g. the gate stage's reply.
     */
    void copy(final InboundEvent event, final DirectBuffer source, final int length)
    {
        if (event.egressLength + LENGTH_PREFIX + length > InboundEvent.EGRESS_CAPACITY)
        {
            droppedEvents.incrementRelease();
            return;
        }
        event.egress.putBytes(bodyOffset(event), source, 0, length);
        event.egress.putInt(event.egressLength, length);
        event.egressLength += LENGTH_PREFIX + length;
    }

    private boolean hasRoom(final InboundEvent event, final int blockLength)
    {
        final int needed = LENGTH_PREFIX + MessageHeaderEncoder.ENCODED_LENGTH + blockLength;
        if (event.egressLength + needed > InboundEvent.EGRESS_CAPACITY)
        {
            droppedEvents.incrementRelease();
            return false;
        }
        return true;
    }

    private static int bodyOffset(final InboundEvent event)
    {
        return event.egressLength + LENGTH_PREFIX;
    }

    private static void commit(final InboundEvent event, final int bodyLength)
    {
        final int length = MessageHeaderEncoder.ENCODED_LENGTH + bodyLength;
        event.egress.putInt(event.egressLength, length);
        event.egressLength += LENGTH_PREFIX + length;
    }
}
