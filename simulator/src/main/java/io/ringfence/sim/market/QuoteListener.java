package io.ringfence.sim.market;

/**
 * Told when a quote has moved, so that resting orders can be checked against it.
 */
@FunctionalInterface
public interface QuoteListener
{
    /**
     * @param quote the quote after the move.
     * @param nowMs epoch milliseconds of the event that moved it.
     */
    void onQuote(Quote quote, long nowMs);
}
