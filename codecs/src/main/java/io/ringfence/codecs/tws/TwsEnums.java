package io.ringfence.codecs.tws;

import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.DirectBuffer;

/**
 * IB's spellings of the SBE enums: actions, execution sides, order types and times in force.
 */
final class TwsEnums
{
    static final String BUY = "BUY";
    static final String SELL = "SELL";
    static final String BOUGHT = "BOT";
    static final String SOLD = "SLD";

    private static final OrderType[] ORDER_TYPES = OrderType.values();

    private TwsEnums()
    {
    }

    static String actionText(final Side side)
    {
        switch (side)
        {
            case BUY:
                return BUY;
            case SELL:
                return SELL;
            default:
                throw new IllegalArgumentException("no IB action for side " + side);
        }
    }

    static String executionSideText(final Side side)
    {
        switch (side)
        {
            case BUY:
                return BOUGHT;
            case SELL:
                return SOLD;
            default:
                throw new IllegalArgumentException("no IB execution side for " + side);
        }
    }

    static Side side(final DirectBuffer buffer, final int offset, final int length)
    {
        if (TwsOrderStatus.matches(BUY, buffer, offset, length))
        {
            return Side.BUY;
        }
        return TwsOrderStatus.matches(SELL, buffer, offset, length) ? Side.SELL : Side.NULL_VAL;
    }

    static Side executionSide(final DirectBuffer buffer, final int offset, final int length)
    {
        if (TwsOrderStatus.matches(BOUGHT, buffer, offset, length))
        {
            return Side.BUY;
        }
        return TwsOrderStatus.matches(SOLD, buffer, offset, length) ? Side.SELL : Side.NULL_VAL;
    }

    static String orderTypeText(final OrderType orderType)
    {
        switch (orderType)
        {
            case MARKET:
                return "MKT";
            case LIMIT:
                return "LMT";
            case STOP:
                return "STP";
            case STOP_LIMIT:
                return "STP LMT";
            case TRAILING_STOP:
            case TRAILING_STOP_PERCENT:
                return "TRAIL";
            case TRAILING_STOP_LIMIT:
                return "TRAIL LIMIT";
            default:
                throw new IllegalArgumentException("no IB order type for " + orderType);
        }
    }

    static OrderType orderType(final DirectBuffer buffer, final int offset, final int length)
    {
        for (final OrderType type : ORDER_TYPES)
        {
            if (OrderType.NULL_VAL != type && TwsOrderStatus.matches(orderTypeText(type), buffer, offset, length))
            {
                return type;
            }
        }
        return OrderType.NULL_VAL;
    }

    static String timeInForceText(final TimeInForce timeInForce)
    {
        switch (timeInForce)
        {
            case DAY:
                return "DAY";
            case GTC:
                return "GTC";
            case IOC:
                return "IOC";
            default:
                throw new IllegalArgumentException("no IB time in force for " + timeInForce);
        }
    }

    static TimeInForce timeInForce(final DirectBuffer buffer, final int offset, final int length)
    {
        if (0 == length || TwsOrderStatus.matches("DAY", buffer, offset, length))
        {
            return TimeInForce.DAY;
        }
        if (TwsOrderStatus.matches("GTC", buffer, offset, length))
        {
            return TimeInForce.GTC;
        }
        return TwsOrderStatus.matches("IOC", buffer, offset, length) ? TimeInForce.IOC : TimeInForce.NULL_VAL;
    }
}
