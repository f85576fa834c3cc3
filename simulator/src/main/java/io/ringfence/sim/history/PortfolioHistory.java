package io.ringfence.sim.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The samples of one account, oldest first, in a ring of parallel primitive arrays sized once: recording
 * never allocates, and when the ring is full each new sample overwrites the oldest. Peak equity (for the
 * drawdown) is tracked per generation and survives the samples that made it.
 * <p>
 * Written only by the gateway thread; read elsewhere through a copy taken on that thread
 * ({@link #samples()}).
 */
public final class PortfolioHistory
{
    private final String account;
    private final int capacity;
    private final long[] timeMs;
    private final int[] generations;
    private final byte[] triggers;
    private final long[] cash;
    private final long[] marketValues;
    private final long[] realizedPnls;
    private final long[] unrealizedPnls;
    private final long[] peakEquities;
    private long recordedCount;
    private int peakGeneration;
    private long peakEquity;

    /**
     * @param account  account id.
     * @param capacity samples kept, >= 1.
     */
    public PortfolioHistory(final String account, final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.account = account;
        this.capacity = capacity;
        timeMs = new long[capacity];
        generations = new int[capacity];
        triggers = new byte[capacity];
        cash = new long[capacity];
        marketValues = new long[capacity];
        realizedPnls = new long[capacity];
        unrealizedPnls = new long[capacity];
        peakEquities = new long[capacity];
    }

    public String account()
    {
        return account;
    }

    public int capacity()
    {
        return capacity;
    }

    /**
     * @return samples held, at most {@link #capacity()}.
     */
    public int size()
    {
        return (int)Math.min(recordedCount, capacity);
    }

    /**
     * @return samples ever recorded, including those the ring has since overwritten.
     */
    public long recordedCount()
    {
        return recordedCount;
    }

    /**
     * Append a sample, overwriting the oldest when full.
     */
    public void record(
        final long nowMs,
        final int generation,
        final SampleTrigger trigger,
        final long cashAmount,
        final long marketValue,
        final long realizedPnl,
        final long unrealizedPnl)
    {
        final long equity = cashAmount + marketValue;
        if (0 == recordedCount || generation != peakGeneration || equity > peakEquity)
        {
            peakGeneration = generation;
            peakEquity = equity;
        }

        final int index = (int)(recordedCount % capacity);
        timeMs[index] = nowMs;
        generations[index] = generation;
        triggers[index] = (byte)trigger.ordinal();
        cash[index] = cashAmount;
        marketValues[index] = marketValue;
        realizedPnls[index] = realizedPnl;
        unrealizedPnls[index] = unrealizedPnl;
        peakEquities[index] = peakEquity;
        recordedCount++;
    }

    /**
     * @param i 0 (oldest held) .. {@link #size()} − 1 (newest).
     * @return a copy of that sample.
     */
    public PortfolioSample sample(final int i)
    {
        if (i < 0 || i >= size())
        {
            throw new IndexOutOfBoundsException("sample " + i + " of " + size());
        }
        final int index = (int)((recordedCount - size() + i) % capacity);
        return new PortfolioSample(timeMs[index], generations[index], SampleTrigger.get(triggers[index]),
            cash[index], marketValues[index], realizedPnls[index], unrealizedPnls[index], peakEquities[index]);
    }

    /**
     * @return a copy of every sample held, oldest first.
     */
    public List<PortfolioSample> samples()
    {
        final int size = size();
        final ArrayList<PortfolioSample> copy = new ArrayList<>(size);
        for (int i = 0; i < size; i++)
        {
            copy.add(sample(i));
        }
        return copy;
    }
}
