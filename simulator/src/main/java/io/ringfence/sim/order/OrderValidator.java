package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.market.Quote;

/**
 * The checks an order passes before it may work, in the order IB would report them. Returns the first
 * failure; null means valid. {@link #validateTerms} is also what a modification must pass.
 */
final class OrderValidator
{
    /**
     * Largest order the simulator accepts, which also keeps every notional well inside a {@code long}.
     */
    static final long MAX_QUANTITY = 1_000_000;

    private OrderValidator()
    {
    }

    static RejectReason validate(
        final OrderRequest request, final Account account, final Quote quote, final long tickSize)
    {
        if (null == account)
        {
            return 0 == request.account().length() ? RejectReason.ACCOUNT_REQUIRED : RejectReason.ACCOUNT_NOT_MANAGED;
        }
        if (null == quote)
        {
            return RejectReason.UNKNOWN_SYMBOL;
        }
        if (request.side() != Side.BUY && request.side() != Side.SELL)
        {
            return RejectReason.UNSUPPORTED_ACTION;
        }

        return validateTerms(request, tickSize);
    }

    static RejectReason validateTerms(final OrderRequest request, final long tickSize)
    {
        if (request.quantity() <= 0 || request.quantity() > MAX_QUANTITY)
        {
            return RejectReason.INVALID_QUANTITY;
        }
        final OrderType type = request.orderType();
        if (null == type || OrderType.NULL_VAL == type)
        {
            return RejectReason.UNSUPPORTED_ORDER_TYPE;
        }
        if (request.timeInForce() != TimeInForce.DAY &&
            request.timeInForce() != TimeInForce.GTC &&
            request.timeInForce() != TimeInForce.IOC)
        {
            return RejectReason.UNSUPPORTED_TIME_IN_FORCE;
        }

        RejectReason reason = null;
        if (OrderType.LIMIT == type || OrderType.STOP_LIMIT == type)
        {
            reason = validateLimitPrice(request.limitPrice(), tickSize);
        }
        if (null == reason && (OrderType.STOP == type || OrderType.STOP_LIMIT == type))
        {
            reason = validateStopPrice(request.auxPrice(), tickSize);
        }
        if (null == reason && (OrderType.TRAILING_STOP == type || OrderType.TRAILING_STOP_LIMIT == type))
        {
            reason = validateTrailing(request, tickSize);
        }
        return reason;
    }

    private static RejectReason validateTrailing(final OrderRequest request, final long tickSize)
    {
        final boolean byPercent = Price.isSet(request.trailingPercent());
        if ((byPercent && request.trailingPercent() <= 0) ||
            (!byPercent && (!Price.isSet(request.auxPrice()) || request.auxPrice() <= 0)))
        {
            return RejectReason.MISSING_TRAILING_AMOUNT;
        }
        if (!byPercent && 0 != request.auxPrice() % tickSize)
        {
            return RejectReason.PRICE_VARIATION;
        }
        if (OrderType.TRAILING_STOP_LIMIT == request.orderType())
        {
            final long offset = request.limitPriceOffset();
            if (!Price.isSet(offset) || offset < 0)
            {
                return RejectReason.MISSING_LIMIT_PRICE;
            }
            return 0 == offset % tickSize ? null : RejectReason.PRICE_VARIATION;
        }
        return null;
    }

    private static RejectReason validateStopPrice(final long stopPrice, final long tickSize)
    {
        if (!Price.isSet(stopPrice) || stopPrice <= 0)
        {
            return RejectReason.MISSING_STOP_PRICE;
        }
        return 0 == stopPrice % tickSize ? null : RejectReason.PRICE_VARIATION;
    }

    private static RejectReason validateLimitPrice(final long limitPrice, final long tickSize)
    {
        if (!Price.isSet(limitPrice))
        {
            return RejectReason.MISSING_LIMIT_PRICE;
        }
        if (limitPrice <= 0)
        {
            return RejectReason.INVALID_LIMIT_PRICE;
        }

        return 0 == limitPrice % tickSize ? null : RejectReason.PRICE_VARIATION;
    }
}
