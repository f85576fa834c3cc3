package io.ringfence.cli;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.PositionReportDecoder;
import io.ringfence.codecs.sbe.QueryEndDecoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetResultDecoder;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Client events as one readable line each: {@code ACCEPTED DU1 k1 #100},
 * {@code REFUSED DU1 k1 BROKER_REJECTED 201 …}, {@code STATUS DU1 k1 FILLED 10/0 avg 190.01},
 * {@code FILL DU1 k1 BUY 10 AAPL @ 190.01 exec …}. For the journal tools; allocates.
 */
final class ClientEventText
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
    private final OrderRefusedDecoder refused = new OrderRefusedDecoder();
    private final OrderStatusUpdateDecoder status = new OrderStatusUpdateDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final TargetResultDecoder target = new TargetResultDecoder();
    private final PositionReportDecoder position = new PositionReportDecoder();
    private final QueryEndDecoder queryEnd = new QueryEndDecoder();

    /**
     * Each {@code [int length][SBE message]} in the range, described.
     */
    List<String> describeAll(final DirectBuffer buffer, final int offset, final int length)
    {
        final List<String> lines = new ArrayList<>();
        int position = offset;
        while (position + Integer.BYTES <= offset + length)
        {
            final int messageLength = buffer.getInt(position);
            position += Integer.BYTES;
            if (messageLength < MessageHeaderDecoder.ENCODED_LENGTH || position + messageLength > offset + length)
            {
                lines.add("MALFORMED client event");
                break;
            }
            lines.add(describe(buffer, position));
            position += messageLength;
        }
        return lines;
    }

    String describe(final DirectBuffer buffer, final int offset)
    {
        header.wrap(buffer, offset);
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final int block = header.blockLength();
        final int version = header.version();
        return switch (header.templateId())
        {
            case OrderAcceptedDecoder.TEMPLATE_ID ->
            {
                accepted.wrap(buffer, body, block, version);
                yield "ACCEPTED " + accepted.account() + " " + accepted.idempotencyKey() + " #" + accepted.brokerOrderId();
            }
            case OrderRefusedDecoder.TEMPLATE_ID ->
            {
                refused.wrap(buffer, body, block, version);
                final int code = refused.brokerCode();
                yield "REFUSED " + refused.account() + " " + refused.idempotencyKey() + " " + refused.reason() +
                    (code == OrderRefusedDecoder.brokerCodeNullValue() ? "" : " " + code + " " + refused.detail());
            }
            case OrderStatusUpdateDecoder.TEMPLATE_ID ->
            {
                status.wrap(buffer, body, block, version);
                yield "STATUS " + status.account() + " " + status.idempotencyKey() + " " + status.state() + " " +
                    status.filledQuantity() + "/" + status.remainingQuantity() +
                    (Price.isSet(status.avgFillPrice()) ? " avg " + Price.toString(status.avgFillPrice()) : "");
            }
            case FillDecoder.TEMPLATE_ID ->
            {
                fill.wrap(buffer, body, block, version);
                yield "FILL " + fill.account() + " " + fill.idempotencyKey() + " " + fill.side() + " " + fill.quantity() +
                    " " + fill.symbol() + " @ " + Price.toString(fill.price()) + " exec " + fill.execId();
            }
            case TargetResultDecoder.TEMPLATE_ID ->
            {
                target.wrap(buffer, body, block, version);
                yield "TARGET " + target.account() + " " + target.idempotencyKey() + " " + target.symbol() + " position " +
                    target.currentPosition() + " working " + target.workingQuantity() + " desired " +
                    target.desiredPosition() + " delta " + target.delta() + (target.side() == Side.NULL_VAL ? " no_change" :
                    " " + target.side() + " " + target.quantity() + " " + target.orderType() +
                    (Price.isSet(target.limitPrice()) ? " lmt " + Price.toString(target.limitPrice()) : "") +
                    " #" + target.brokerOrderId());
            }
            case PositionReportDecoder.TEMPLATE_ID ->
            {
                position.wrap(buffer, body, block, version);
                yield "POSITION " + position.account() + " " + position.symbol() + " " + position.position() + " working buy " +
                    position.workingBuy() + " sell " + position.workingSell();
            }
            case QueryEndDecoder.TEMPLATE_ID ->
            {
                queryEnd.wrap(buffer, body, block, version);
                yield "QUERY_END " + queryEnd.kind() + " " + queryEnd.count() +
                    (queryEnd.truncated() == BooleanType.TRUE ? " truncated" : "");
            }
            default -> "EVENT template " + header.templateId();
        };
    }
}
