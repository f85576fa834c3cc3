package io.ringfence.engine.order;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.engine.FixedAscii;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One order as the engine knows it; preallocated in the {@link OrderBook} and reused. The text
 * fields keep their SBE fixed-length form (zero padded) in {@link #text}.
 */
public final class Order
{
    static final int ACCOUNT_OFFSET = 0;
    static final int SYMBOL_OFFSET = 16;
    static final int KEY_OFFSET = 32;
    static final int TEXT_LENGTH = 64;
    static final int ACCOUNT_LENGTH = 16;
    static final int SYMBOL_LENGTH = 16;
    static final int KEY_LENGTH = 32;

    final UnsafeBuffer text = new UnsafeBuffer(new byte[TEXT_LENGTH]);
    int orderId;
    int clientIndex;
    long correlationId;
    Side side;
    OrderType type;
    TimeInForce timeInForce;
    boolean outsideRth;
    long quantity;
    long limitPrice;
    long stopPrice;
    OrderState state;
    int brokerOrderId;
    int session;
    long permId;
    long filledQuantity;
    long fillNotional;
    long lastFillPrice;
    long lastUpdateNs;
    RefusalReason refusal;
    long pendingQuantity;
    long pendingLimitPrice;
    long pendingStopPrice;
    TimeInForce pendingTimeInForce;
    OrderState stateBeforeReplace;
    int seenInReconciliation;
    int run;
    int seenInRun = -1;
    boolean isTarget;
    boolean isExternal;
    Order bracketEntry;
    long targetCurrent;
    long targetWorking;
    long targetDesired;
    int exposureSlot = Exposures.NO_SLOT;
    int accountSlot = Exposures.NO_SLOT;

    /**
     * Text views for tools and logs (they allocate; never on the hot path).
     */
    public String accountText()
    {
        return text(ACCOUNT_OFFSET, 16);
    }

    public String symbolText()
    {
        return text(SYMBOL_OFFSET, 16);
    }

    public String keyText()
    {
        return text(KEY_OFFSET, 32);
    }

    public Side side()
    {
        return side;
    }

    public long quantity()
    {
        return quantity;
    }

    public long permId()
    {
        return permId;
    }

    public int orderId()
    {
        return orderId;
    }

    public OrderState state()
    {
        return state;
    }

    public int brokerOrderId()
    {
        return brokerOrderId;
    }

    public long filledQuantity()
    {
        return filledQuantity;
    }

    public long remainingQuantity()
    {
        return isTerminal() ? 0 : quantity - filledQuantity;
    }

    private String text(final int offset, final int length)
    {
        return text.getStringWithoutLengthAscii(offset, textLength(offset, length));
    }

    int textLength(final int offset, final int fieldLength)
    {
        return Math.max(0, FixedAscii.length(text, offset, fieldLength));
    }

    /**
     * @return 0 when this order's fixed-length field equals the other buffer's bytes.
     */
    int compareTo(final int offset, final int length, final DirectBuffer other, final int otherOffset)
    {
        for (int i = 0; i < length; i++)
        {
            final int diff = text.getByte(offset + i) - other.getByte(otherOffset + i);
            if (diff != 0)
            {
                return diff;
            }
        }
        return 0;
    }

    /**
     * @return whether this order is on the 16-byte account at that offset.
     */
    boolean isOfAccount(final DirectBuffer other, final int accountOffset)
    {
        return compareTo(ACCOUNT_OFFSET, ACCOUNT_LENGTH, other, accountOffset) == 0;
    }

    /**
     * @return whether this order's key starts with those bytes.
     */
    boolean hasKeyPrefix(final DirectBuffer other, final int prefixOffset, final int prefixLength)
    {
        return compareTo(KEY_OFFSET, prefixLength, other, prefixOffset) == 0;
    }

    boolean hasText(
        final int offset, final int fieldLength, final DirectBuffer other, final int otherOffset, final int otherLength)
    {
        if (textLength(offset, fieldLength) != otherLength)
        {
            return false;
        }
        for (int i = 0; i < otherLength; i++)
        {
            if (text.getByte(offset + i) != other.getByte(otherOffset + i))
            {
                return false;
            }
        }
        return true;
    }

    public boolean isTerminal()
    {
        return state != null && BrokerStatusMapping.isTerminal(state);
    }
}
