package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;

import java.util.Arrays;

/**
 * The last price seen per symbol and when (journaled event time), the reference for the price
 * collar and for a market order's notional. Fed today by EXECUTION_DATA frames
 * ({@link BrokerPrices}); market-data ticks (TICK_PRICE last/bid/ask) will feed it the same way
 * once the engine subscribes to them.
 */
final class ReferencePrices
{
    private final SymbolTable symbols;
    private final long[] prices;
    private final long[] atNs;

    ReferencePrices(final SymbolTable symbols)
    {
        this.symbols = symbols;
        prices = new long[symbols.capacity()];
        atNs = new long[symbols.capacity()];
        Arrays.fill(prices, Price.NULL);
    }

    void onPrice(final long symbolHigh, final long symbolLow, final long price, final long nowNs)
    {
        if (price <= 0 || !Price.isSet(price))
        {
            return;
        }
        final int index = symbols.add(symbolHigh, symbolLow);
        if (index != SymbolTable.NOT_FOUND)
        {
            prices[index] = price;
            atNs[index] = nowNs;
        }
    }

    /**
     * @return the symbol's price if seen within {@code maxAgeNs} of {@code nowNs}, else {@link Price#NULL}.
     */
    long freshPrice(final int symbolIndex, final long nowNs, final long maxAgeNs)
    {
        if (symbolIndex == SymbolTable.NOT_FOUND || !Price.isSet(prices[symbolIndex]) ||
            nowNs - atNs[symbolIndex] > maxAgeNs)
        {
            return Price.NULL;
        }
        return prices[symbolIndex];
    }
}
