package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

import java.util.Objects;

/**
 * A tradable stock: its symbol, the contract id the simulator reports for it, and the reference price the
 * opening quote is built around (fixed point, see {@link Price}).
 *
 * @param symbol         ticker, e.g. {@code AAPL}.
 * @param conId          contract id echoed in executions.
 * @param referencePrice opening mid price at scale 10<sup>-8</sup>, strictly positive.
 */
public record Instrument(String symbol, int conId, long referencePrice)
{
    public Instrument
    {
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isEmpty())
        {
            throw new IllegalArgumentException("symbol must not be empty");
        }
        if (referencePrice <= 0 || !Price.isSet(referencePrice))
        {
            throw new IllegalArgumentException("referencePrice must be > 0: " + symbol + "=" + referencePrice);
        }
    }

    @Override
    public String toString()
    {
        return symbol + "@" + Price.toString(referencePrice);
    }
}
