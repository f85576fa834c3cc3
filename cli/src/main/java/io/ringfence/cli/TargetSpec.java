package io.ringfence.cli;

import io.ringfence.codecs.Price;

/**
 * One symbol's target in a batch, as the operator wrote it: the position wanted and how to price
 * the order for the difference.
 *
 * @param symbol           the instrument.
 * @param quantity         the position wanted (negative short, 0 flat).
 * @param limitPrice       LMT at exactly this price, or {@link Price#NULL}.
 * @param expectedPrice    with the tolerance: LMT at price × (1 ± tolerance/100), or {@link Price#NULL}.
 * @param tolerancePercent percent at the price scale, or {@link Price#NULL}.
 */
record TargetSpec(String symbol, long quantity, long limitPrice, long expectedPrice, long tolerancePercent)
{
    /**
     * @throws OrderFields.Malformed naming what is wrong, with {@code where} (the option or the
     *                               batch file's entry).
     */
    static TargetSpec of(
        final String where, final String symbol, final Long quantity, final String limit, final String expected,
        final String tolerance) throws OrderFields.Malformed
    {
        if (quantity == null)
        {
            throw new OrderFields.Malformed(where + ": the target quantity is required");
        }
        if (limit != null && (expected != null || tolerance != null))
        {
            throw new OrderFields.Malformed(where + ": give a limit price, or an expected price with a tolerance, not both");
        }
        if ((expected == null) != (tolerance == null))
        {
            throw new OrderFields.Malformed(where + ": an expected price needs a tolerance percent, and the other way round");
        }
        return new TargetSpec(OrderFields.text(where + " symbol", symbol, OrderFields.SYMBOL_LENGTH), quantity,
            OrderFields.price(where + " limit price", limit), OrderFields.price(where + " expected price", expected),
            OrderFields.price(where + " tolerance percent", tolerance));
    }

    String orderType()
    {
        return Price.isSet(limitPrice) || Price.isSet(expectedPrice) ? "LMT" : "MKT";
    }
}
