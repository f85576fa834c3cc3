package io.ringfence.config;

/**
 * One set of per-order risk limits. Quantities are whole shares, the notional is a price-scaled
 * amount (10^-8, as {@code io.ringfence.codecs.Price}); {@link #UNLIMITED} turns a limit off.
 *
 * @param maxOrderQty      largest quantity of one order.
 * @param maxOrderNotional largest quantity times price of one order (price-scaled).
 * @param maxPosition      largest absolute position an order may leave (long or short).
 * @param maxOpenOrders    most working orders at once.
 */
public record RiskLimits(long maxOrderQty, long maxOrderNotional, long maxPosition, long maxOpenOrders)
{
    public static final long UNLIMITED = Long.MAX_VALUE;
    static final long NOT_SET = -1;

    static final String MAX_ORDER_QTY = "max_order_qty";
    static final String MAX_ORDER_NOTIONAL = "max_order_notional";
    static final String MAX_POSITION = "max_position";
    static final String MAX_OPEN_ORDERS = "max_open_orders";

    /**
     * Reads the four limit keys of a table; a missing key takes {@code base}'s value
     * ({@link #NOT_SET} in an override row).
     */
    static RiskLimits read(final ConfigNode node, final RiskLimits base)
    {
        return new RiskLimits(
            node.integer(MAX_ORDER_QTY, base.maxOrderQty, 1, UNLIMITED),
            node.has(MAX_ORDER_NOTIONAL) ?
                node.decimalScaled(MAX_ORDER_NOTIONAL, 8, 1, UNLIMITED) : base.maxOrderNotional,
            node.integer(MAX_POSITION, base.maxPosition, 0, UNLIMITED),
            node.integer(MAX_OPEN_ORDERS, base.maxOpenOrders, 1, UNLIMITED));
    }

    /**
     * Each limit of {@code override} that is set replaces this one's.
     */
    public RiskLimits with(final RiskLimits override)
    {
        return new RiskLimits(
            override.maxOrderQty != NOT_SET ? override.maxOrderQty : maxOrderQty,
            override.maxOrderNotional != NOT_SET ? override.maxOrderNotional : maxOrderNotional,
            override.maxPosition != NOT_SET ? override.maxPosition : maxPosition,
            override.maxOpenOrders != NOT_SET ? override.maxOpenOrders : maxOpenOrders);
    }

    static RiskLimits notSet()
    {
        return new RiskLimits(NOT_SET, NOT_SET, NOT_SET, NOT_SET);
    }
}
