package io.ringfence.engine;

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

import java.util.ArrayList;
import java.util.List;

/**
 * The client events an event carries, as readable lines for scenario assertions:
 * {@code ACCEPTED k1 #100}, {@code REFUSED k1 BROKER_REJECTED 201}, {@code STATUS k1 FILLED 10/0},
 * {@code FILL k1 4 @ 190.02 e1}, {@code TARGET b1/AAPL 50+0->100 BUY 50 MARKET #100}.
 */
public final class ClientEventLog
{
    private ClientEventLog()
    {
    }

    public static List<String> of(final InboundEvent event)
    {
        final List<String> lines = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        int offset = 0;
        while (offset < event.egressLength)
        {
            final int length = event.egress.getInt(offset);
            final int base = offset + Integer.BYTES;
            header.wrap(event.egress, base);
            final int body = base + MessageHeaderDecoder.ENCODED_LENGTH;
            final int block = header.blockLength();
            final int version = header.version();
            lines.add(switch (header.templateId())
            {
                case OrderAcceptedDecoder.TEMPLATE_ID ->
                {
                    final OrderAcceptedDecoder d = new OrderAcceptedDecoder().wrap(event.egress, body, block, version);
                    yield "ACCEPTED " + d.idempotencyKey() + " #" + d.brokerOrderId();
                }
                case OrderRefusedDecoder.TEMPLATE_ID ->
                {
                    final OrderRefusedDecoder d = new OrderRefusedDecoder().wrap(event.egress, body, block, version);
                    final int code = d.brokerCode();
                    yield "REFUSED " + d.idempotencyKey() + " " + d.reason() +
                        (code == OrderRefusedDecoder.brokerCodeNullValue() ? "" : " " + code);
                }
                case OrderStatusUpdateDecoder.TEMPLATE_ID ->
                {
                    final OrderStatusUpdateDecoder d = new OrderStatusUpdateDecoder().wrap(event.egress, body, block, version);
                    yield "STATUS " + d.idempotencyKey() + " " + d.state() + " " + d.filledQuantity() + "/" +
                        d.remainingQuantity();
                }
                case FillDecoder.TEMPLATE_ID ->
                {
                    final FillDecoder d = new FillDecoder().wrap(event.egress, body, block, version);
                    yield "FILL " + d.idempotencyKey() + " " + d.quantity() + " @ " + Price.toString(d.price()) + " " +
                        d.execId();
                }
                case TargetResultDecoder.TEMPLATE_ID ->
                {
                    final TargetResultDecoder d = new TargetResultDecoder().wrap(event.egress, body, block, version);
                    yield "TARGET " + d.idempotencyKey() + " " + d.currentPosition() + "+" + d.workingQuantity() + "->" +
                        d.desiredPosition() + " " + (d.side() == Side.NULL_VAL ? "NO_CHANGE" :
                        d.side() + " " + d.quantity() + " " + d.orderType() +
                        (Price.isSet(d.limitPrice()) ? " " + Price.toString(d.limitPrice()) : "") + " #" + d.brokerOrderId());
                }
                case PositionReportDecoder.TEMPLATE_ID ->
                {
                    final PositionReportDecoder d = new PositionReportDecoder().wrap(event.egress, body, block, version);
                    yield "POSITION " + d.symbol() + " " + d.position() + " working " + d.workingBuy() + "/" + d.workingSell();
                }
                case QueryEndDecoder.TEMPLATE_ID ->
                {
                    final QueryEndDecoder d = new QueryEndDecoder().wrap(event.egress, body, block, version);
                    yield "END " + d.kind() + " " + d.count() + (d.truncated() == BooleanType.TRUE ? " truncated" : "");
                }
                default -> "UNKNOWN " + header.templateId();
            });
            offset = base + length;
        }
        return lines;
    }
}
