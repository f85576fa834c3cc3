package io.ringfence.sim.market;

import io.ringfence.codecs.Price;

/**
 * An immutable, consistent copy of a {@link Quote}, safe to hand to any thread.
 *
 * @param symbol    ticker.
 * @param bidPrice  best bid at scale 10<sup>-8</sup>, or {@link Price#NULL} when there is none.
 * @param askPrice  best ask at scale 10<sup>-8</sup>, or {@link Price#NULL} when there is none.
 * @param bidSize   shares displayed at the bid.
 * @param askSize   shares displayed at the ask.
 * @param lastPrice last simulated trade, or {@link Price#NULL}.
 * @param updatedMs epoch milliseconds of the last update.
 */
public record QuoteSnapshot(
    String symbol, long bidPrice, long askPrice, long bidSize, long askSize, long lastPrice, long updatedMs)
{
    public boolean isTradable()
    {
        return Quote.isTradable(bidPrice, askPrice);
    }

    @Override
    public String toString()
    {
        return symbol + " " + bidSize + "x" + Price.toString(bidPrice) + " / " + Price.toString(askPrice) + "x" +
            askSize;
    }
}
