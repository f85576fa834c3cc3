package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A NewOrder the order stage derives from another intent (a target position's order, a bracket's
 * leg), so it goes through the same checks, order record and PLACE_ORDER as a submit. Written into
 * a buffer of its own; the account, symbol and key are copied from fixed-length fields.
 */
final class DerivedOrder
{
    private static final int BODY = MessageHeaderEncoder.ENCODED_LENGTH;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BODY + NewOrderEncoder.BLOCK_LENGTH]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final NewOrderEncoder encoder = new NewOrderEncoder();
    private final NewOrderDecoder order = new NewOrderDecoder();

    /**
     * @param text          holding the 16-byte account and symbol fields.
     * @param key           holding the 32-byte key field.
     * @return the order, valid until the next write.
     */
    NewOrderDecoder write(
        final long correlationId,
        final TradingMode mode,
        final Side side,
        final OrderType type,
        final TimeInForce timeInForce,
        final short outsideRthRaw,
        final long quantity,
        final long limitPrice,
        final long stopPrice,
        final DirectBuffer text,
        final int accountOffset,
        final int symbolOffset,
        final DirectBuffer key,
        final int keyOffset)
    {
        encoder.wrapAndApplyHeader(buffer, 0, header)
            .correlationId(correlationId)
            .mode(mode)
            .side(side)
            .orderType(type)
            .timeInForce(timeInForce)
            .outsideRth(outsideRthRaw == BooleanType.TRUE.value() ? BooleanType.TRUE : BooleanType.FALSE)
            .quantity(quantity)
            .limitPrice(limitPrice)
            .stopPrice(stopPrice)
            .approvalId(0);
        buffer.putBytes(BODY + NewOrderEncoder.accountEncodingOffset(), text, accountOffset, NewOrderEncoder.accountLength());
        buffer.putBytes(BODY + NewOrderEncoder.symbolEncodingOffset(), text, symbolOffset, NewOrderEncoder.symbolLength());
        buffer.putBytes(BODY + NewOrderEncoder.idempotencyKeyEncodingOffset(), key, keyOffset,
            NewOrderEncoder.idempotencyKeyLength());
        return order.wrap(buffer, BODY, NewOrderEncoder.BLOCK_LENGTH, NewOrderEncoder.SCHEMA_VERSION);
    }
}
