package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.market.Quote;

/**
 * The checks a new order passes before it may work, in the order IB would report them. Returns the
 * first failure; null means valid.
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
        if (request.quantity() <= 0 || request.quantity() > MAX_QUANTITY)
        {
            return RejectReason.INVALID_QUANTITY;
        }
        if (request.parentId() != 0)
        {
            return RejectReason.UNSUPPORTED_ATTACHED_ORDER;
        }
        if (request.orderType() != OrderType.MARKET && request.orderType() != OrderType.LIMIT)
        {
            return RejectReason.UNSUPPORTED_ORDER_TYPE;
        }
        if (request.timeInForce() != TimeInForce.DAY &&
            request.timeInForce() != TimeInForce.GTC &&
            request.timeInForce() != TimeInForce.IOC)
        {
            return RejectReason.UNSUPPORTED_TIME_IN_FORCE;
        }

        return request.orderType() == OrderType.LIMIT ? validateLimitPrice(request.limitPrice(), tickSize) : null;
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
