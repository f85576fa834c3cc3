package io.ringfence.sim.history;

import io.ringfence.codecs.Price;

/**
 * One account's portfolio at one instant, every amount at scale 10<sup>-8</sup> (see {@link Price}).
 * Positions are marked at their quote's mid (else the last trade, else the reference price).
 *
 * @param timeMs        epoch milliseconds of the simulator's clock.
 * @param generation    the account's generation (1, then one more per reset).
 * @param trigger       why the sample was taken.
 * @param cash          cash.
 * @param marketValue   Σ quantity × mark over the positions (shorts count negative).
 * @param realizedPnl   realised P&amp;L of the generation, net of commissions.
 * @param unrealizedPnl market value − Σ cost basis (opening commissions are in the basis).
 * @param peakEquity    highest equity sampled in this generation so far, this sample included.
 */
public record PortfolioSample(
    long timeMs,
    int generation,
    SampleTrigger trigger,
    long cash,
    long marketValue,
    long realizedPnl,
    long unrealizedPnl,
    long peakEquity)
{
    /**
     * @return cash + market value (net liquidation).
     */
    public long equity()
    {
        return cash + marketValue;
    }

    /**
     * @return peak equity − equity, >= 0: how far below its generation's high the account is.
     */
    public long drawdown()
    {
        return peakEquity - equity();
    }
}
