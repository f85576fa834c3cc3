package io.ringfence.sim.history;

import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.account.Position;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteBook;

import java.util.List;
import java.util.function.Consumer;

/**
 * Samples every account's portfolio into its {@link PortfolioHistory}: once at start, after every fill
 * and reset ({@link #onFill(Account, long)}, {@link #onReset(Account, long)}), and whenever the simulator's
 * clock crosses the next multiple of the interval after the start ({@link #onTime(long)}, called once per
 * duty cycle; several intervals crossed at once give one sample). Time only comes in as arguments, so a
 * settable clock makes the history exact. Marks positions with {@link Quote#markPrice()}. Sampling does
 * not allocate.
 */
public final class PortfolioHistories
{
    private final Accounts accounts;
    private final PortfolioHistory[] histories;
    private final long intervalMs;
    private final Valuation valuation;
    private long nextSampleMs;

    /**
     * @param accounts   the accounts to sample.
     * @param quotes     the quotes that mark their positions.
     * @param capacity   samples kept per account.
     * @param intervalMs time between interval samples; 0 = sample on events only.
     * @param startMs    time of the opening samples, taken here.
     */
    public PortfolioHistories(
        final Accounts accounts, final QuoteBook quotes, final int capacity, final long intervalMs, final long startMs)
    {
        if (intervalMs < 0)
        {
            throw new IllegalArgumentException("intervalMs must be >= 0: " + intervalMs);
        }
        this.accounts = accounts;
        this.intervalMs = intervalMs;
        this.valuation = new Valuation(quotes);
        final List<Account> list = accounts.list();
        histories = new PortfolioHistory[list.size()];
        for (int i = 0; i < histories.length; i++)
        {
            histories[i] = new PortfolioHistory(list.get(i).id(), capacity);
        }
        nextSampleMs = startMs + intervalMs;
        sampleAll(SampleTrigger.START, startMs);
    }

    /**
     * @param accountId account id.
     * @return its history, or null if the account is not managed here.
     */
    public PortfolioHistory history(final CharSequence accountId)
    {
        for (final PortfolioHistory history : histories)
        {
            if (history.account().contentEquals(accountId))
            {
                return history;
            }
        }
        return null;
    }

    public long intervalMs()
    {
        return intervalMs;
    }

    /**
     * The clock moved: sample every account if an interval boundary has been reached.
     *
     * @return the number of accounts sampled.
     */
    public int onTime(final long nowMs)
    {
        if (0 == intervalMs || nowMs - nextSampleMs < 0)
        {
            return 0;
        }
        nextSampleMs += ((nowMs - nextSampleMs) / intervalMs + 1) * intervalMs;
        sampleAll(SampleTrigger.INTERVAL, nowMs);
        return histories.length;
    }

    /**
     * A fill has been booked into the account.
     */
    public void onFill(final Account account, final long nowMs)
    {
        sample(account, SampleTrigger.FILL, nowMs);
    }

    /**
     * The account has started a new generation.
     */
    public void onReset(final Account account, final long nowMs)
    {
        sample(account, SampleTrigger.RESET, nowMs);
    }

    private void sampleAll(final SampleTrigger trigger, final long nowMs)
    {
        final List<Account> list = accounts.list();
        for (int i = 0, size = list.size(); i < size; i++)
        {
            sample(list.get(i), trigger, nowMs);
        }
    }

    private void sample(final Account account, final SampleTrigger trigger, final long nowMs)
    {
        final PortfolioHistory history = history(account.id());
        if (null == history)
        {
            return;
        }
        valuation.reset();
        account.forEachPosition(valuation);
        history.record(nowMs, account.generation(), trigger, account.cash(), valuation.marketValue,
            account.realizedPnl(), valuation.marketValue - valuation.costBasis);
    }

    /**
     * Sums market value and cost basis over an account's positions; reused, so marking does not allocate.
     */
    private static final class Valuation implements Consumer<Position>
    {
        private final QuoteBook quotes;
        private long marketValue;
        private long costBasis;

        Valuation(final QuoteBook quotes)
        {
            this.quotes = quotes;
        }

        void reset()
        {
            marketValue = 0;
            costBasis = 0;
        }

        public void accept(final Position position)
        {
            final Quote quote = quotes.quote(position.symbol());
            final long markPrice = null == quote ? 0 : quote.markPrice();
            marketValue += Math.multiplyExact(position.quantity(), markPrice);
            costBasis += position.costBasis();
        }
    }
}
