package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.PreviewOrderDecoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.codecs.sbe.TradingMode;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * The terms of one order, copied out of a NewOrder or a PreviewOrder (the two share their first
 * eleven fields) or a TargetPosition, so the gates judge them the same way. Reused: one per {@link Gates}. The
 * canonical hash is what binds a submit to the preview an approval names.
 */
final class OrderTerms
{
    TradingMode mode;
    Side side;
    OrderType type;
    int timeInForceRaw;
    int outsideRthRaw;
    long quantity;
    long limitPrice;
    long stopPrice;
    DirectBuffer buffer;
    int accountOffset;
    int symbolOffset;
    long symbolHigh;
    long symbolLow;

    OrderTerms of(final NewOrderDecoder order)
    {
        final int base = order.offset();
        return set(order.mode(), order.side(), order.orderType(), order.timeInForceRaw(), order.outsideRthRaw(),
            order.quantity(), order.limitPrice(), order.stopPrice(), order.buffer(),
            base + NewOrderDecoder.accountEncodingOffset(), base + NewOrderDecoder.symbolEncodingOffset());
    }

    OrderTerms of(final PreviewOrderDecoder order)
    {
        final int base = order.offset();
        return set(order.mode(), order.side(), order.orderType(), order.timeInForceRaw(), order.outsideRthRaw(),
            order.quantity(), order.limitPrice(), order.stopPrice(), order.buffer(),
            base + PreviewOrderDecoder.accountEncodingOffset(), base + PreviewOrderDecoder.symbolEncodingOffset());
    }

    /**
     * A bracket's entry.
     */
    OrderTerms of(final NewBracketDecoder bracket)
    {
        final int base = bracket.offset();
        return set(bracket.mode(), bracket.side(), bracket.orderType(), bracket.timeInForceRaw(), bracket.outsideRthRaw(),
            bracket.quantity(), bracket.limitPrice(), Price.NULL, bracket.buffer(),
            base + NewBracketDecoder.accountEncodingOffset(), base + NewBracketDecoder.symbolEncodingOffset());
    }

    /**
     * A target position's terms as far as the gates can know them: the side and quantity depend on
     * the position (the order stage's), so they stand as BUY and 0; the price is the limit, else
     * the expected price, else none (a market order).
     */
    OrderTerms of(final TargetPositionDecoder target)
    {
        final int base = target.offset();
        final long price = Price.isSet(target.limitPrice()) ? target.limitPrice() : target.expectedPrice();
        return set(target.mode(), Side.BUY, Price.isSet(price) ? OrderType.LIMIT : OrderType.MARKET,
            target.timeInForceRaw(), target.outsideRthRaw(), 0, price, Price.NULL, target.buffer(),
            base + TargetPositionDecoder.accountEncodingOffset(), base + TargetPositionDecoder.symbolEncodingOffset());
    }

    /**
     * The price the risk limits judge ({@link Gates#riskPrice}).
     */
    long orderPrice()
    {
        return Gates.riskPrice(type, limitPrice, stopPrice);
    }

    /**
     * A 64-bit hash of every term (not the correlation id, not the idempotency key).
     */
    long canonicalHash()
    {
        long h = 0xCBF29CE484222325L;
        h = mix(h, mode.value());
        h = mix(h, side.value());
        h = mix(h, type.value());
        h = mix(h, timeInForceRaw);
        h = mix(h, outsideRthRaw);
        h = mix(h, quantity);
        h = mix(h, limitPrice);
        h = mix(h, stopPrice);
        h = mix(h, buffer.getLong(accountOffset, ByteOrder.LITTLE_ENDIAN));
        h = mix(h, buffer.getLong(accountOffset + 8, ByteOrder.LITTLE_ENDIAN));
        h = mix(h, symbolHigh);
        return mix(h, symbolLow);
    }

    static long mix(final long hash, final long value)
    {
        long h = (hash ^ value) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        return h * 0x100000001B3L;
    }

    private OrderTerms set(
        final TradingMode mode,
        final Side side,
        final OrderType type,
        final int timeInForceRaw,
        final int outsideRthRaw,
        final long quantity,
        final long limitPrice,
        final long stopPrice,
        final DirectBuffer buffer,
        final int accountOffset,
        final int symbolOffset)
    {
        this.mode = mode;
        this.side = side;
        this.type = type;
        this.timeInForceRaw = timeInForceRaw;
        this.outsideRthRaw = outsideRthRaw;
        this.quantity = quantity;
        this.limitPrice = limitPrice;
        this.stopPrice = stopPrice;
        return text(buffer, accountOffset, symbolOffset);
    }

    private OrderTerms text(final DirectBuffer buffer, final int accountOffset, final int symbolOffset)
    {
        this.buffer = buffer;
        this.accountOffset = accountOffset;
        this.symbolOffset = symbolOffset;
        symbolHigh = buffer.getLong(symbolOffset, ByteOrder.LITTLE_ENDIAN);
        symbolLow = buffer.getLong(symbolOffset + 8, ByteOrder.LITTLE_ENDIAN);
        return this;
    }
}
