package io.ringfence.engine.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.engine.BracketKeys;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The three orders of a bracket as NewOrders the order stage treats like any other: the entry
 * (the bracket's side, type and limit, under its key); the take-profit, a LIMIT of the other side
 * at the take-profit price (key {@code /tp}); the stop-loss, a STOP of the other side at the
 * stop-loss price (key {@code /sl}). Written into one reused buffer each.
 */
final class BracketOrders
{
    static final int ENTRY = 0;

    private final UnsafeBuffer[] buffers = new UnsafeBuffer[3];
    private final NewOrderDecoder[] orders = new NewOrderDecoder[3];
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final NewOrderEncoder encoder = new NewOrderEncoder();

    BracketOrders()
    {
        for (int leg = 0; leg < buffers.length; leg++)
        {
            buffers[leg] = new UnsafeBuffer(new byte[MessageHeaderEncoder.ENCODED_LENGTH + NewOrderEncoder.BLOCK_LENGTH]);
            orders[leg] = new NewOrderDecoder();
        }
    }

    /**
     * @param leg {@link #ENTRY}, {@link BracketKeys#TAKE_PROFIT} or {@link BracketKeys#STOP_LOSS}.
     * @return the leg's order, valid until the bracket's next derive of that leg.
     */
    NewOrderDecoder derive(final NewBracketDecoder bracket, final int leg)
    {
        final UnsafeBuffer buffer = buffers[leg];
        final boolean exit = leg != ENTRY;
        final Side side = !exit ? bracket.side() : bracket.side() == Side.BUY ? Side.SELL : Side.BUY;
        encoder.wrapAndApplyHeader(buffer, 0, header)
            .correlationId(bracket.correlationId())
            .mode(bracket.mode())
            .side(side)
            .orderType(leg == ENTRY ? bracket.orderType() : leg == BracketKeys.TAKE_PROFIT ? OrderType.LIMIT : OrderType.STOP)
            .timeInForce(bracket.timeInForce())
            .outsideRth(bracket.outsideRthRaw() == BooleanType.TRUE.value() ? BooleanType.TRUE : BooleanType.FALSE)
            .quantity(bracket.quantity())
            .limitPrice(leg == ENTRY ? bracket.limitPrice() : leg == BracketKeys.TAKE_PROFIT ? bracket.takeProfitPrice() : Price.NULL)
            .stopPrice(leg == BracketKeys.STOP_LOSS ? bracket.stopLossPrice() : Price.NULL)
            .approvalId(0);
        final int body = MessageHeaderEncoder.ENCODED_LENGTH;
        final int base = bracket.offset();
        buffer.putBytes(body + NewOrderEncoder.accountEncodingOffset(), bracket.buffer(),
            base + NewBracketDecoder.accountEncodingOffset(), NewOrderEncoder.accountLength());
        buffer.putBytes(body + NewOrderEncoder.symbolEncodingOffset(), bracket.buffer(),
            base + NewBracketDecoder.symbolEncodingOffset(), NewOrderEncoder.symbolLength());
        final int keyOffset = base + NewBracketDecoder.idempotencyKeyEncodingOffset();
        if (exit)
        {
            BracketKeys.legKey(bracket.buffer(), keyOffset, leg, buffer, body + NewOrderEncoder.idempotencyKeyEncodingOffset());
        }
        else
        {
            buffer.putBytes(body + NewOrderEncoder.idempotencyKeyEncodingOffset(), bracket.buffer(), keyOffset,
                NewOrderEncoder.idempotencyKeyLength());
        }
        return orders[leg].wrap(buffer, body, NewOrderEncoder.BLOCK_LENGTH, NewOrderEncoder.SCHEMA_VERSION);
    }
}
