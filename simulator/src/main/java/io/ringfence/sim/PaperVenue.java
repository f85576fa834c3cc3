package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.history.PortfolioHistories;
import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.market.QuoteListener;
import io.ringfence.sim.market.QuoteReplay;
import io.ringfence.sim.order.CancelResult;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderBook;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;

/**
 * The market behind the gateway, without sockets: accounts, quotes and the order book, plus the rule
 * that every order event advances the quote walk by one step (after the event, so a client that reads
 * a quote sees the one its next order meets). A quote that moves is published as market data first and
 * then matched against resting orders. Time is the gateway's duty-cycle time; each time step
 * ({@link #nowMs(long)}) first applies the quote replay rows due (when quotes come from a file), then lets
 * the order book expire and open, then takes the interval portfolio samples. Every fill and reset is
 * sampled into the portfolio history as it happens.
 */
final class PaperVenue implements QuoteListener, OrderEventListener
{
    private static final QuoteListener NO_MARKET_DATA = (quote, nowMs) -> {};

    private final Accounts accounts;
    private final QuoteBook quotes;
    private final OrderBook orderBook;
    private final QuoteListener marketData;
    private final OrderEventListener listener;
    private final PortfolioHistories histories;
    private final QuoteReplay quoteReplay;
    private final long startMs;
    private final int firstValidOrderId;
    private int replayCursor;
    private int orderIdRollback;
    private long nowMs;

    PaperVenue(final SimulatorContext ctx, final OrderEventListener listener)
    {
        this(ctx, listener, NO_MARKET_DATA);
    }

    PaperVenue(final SimulatorContext ctx, final OrderEventListener listener, final QuoteListener marketData)
    {
        startMs = ctx.epochClock().time();
        this.nowMs = startMs;
        this.marketData = marketData;
        this.listener = listener;
        accounts = new Accounts(ctx.accounts(), ctx.initialCash());
        quotes = new QuoteBook(ctx.instruments(), QuoteBook.CENT, ctx.spreadTicks(), ctx.walkTicks(), ctx.quoteSeed(),
            ctx.displaySize(), startMs);
        orderBook = new OrderBook(accounts, quotes, this, ctx.firstPermId(), ctx.tradingHours(),
            ctx.commissions(), ctx.staleQuoteMs());
        firstValidOrderId = ctx.nextValidOrderId();
        quoteReplay = ctx.quoteReplay();
        if (null != quoteReplay)
        {
            replayCursor = quoteReplay.replay(0, startMs, startMs, quotes, this);
        }
        histories = new PortfolioHistories(accounts, quotes, ctx.historyCapacity(), ctx.historyIntervalMs(), startMs);
    }

    /**
     * Advance the venue's clock: DAY orders expire and the session opens or closes here.
     */
    void nowMs(final long nowMs)
    {
        this.nowMs = nowMs;
        if (null != quoteReplay && replayCursor < quoteReplay.size())
        {
            replayCursor = quoteReplay.replay(replayCursor, startMs, nowMs, quotes, this);
        }
        orderBook.onTime(nowMs);
        histories.onTime(nowMs);
    }

    long nowMs()
    {
        return nowMs;
    }

    public void onQuote(final Quote quote, final long nowMs)
    {
        marketData.onQuote(quote, nowMs);
        orderBook.onQuote(quote, nowMs);
    }

    public void onOrderStatus(final SimOrder order)
    {
        listener.onOrderStatus(order);
    }

    public void onExecution(final SimOrder order, final Execution execution)
    {
        histories.onFill(order.account(), execution.timeMs());
        listener.onExecution(order, execution);
    }

    public void onOrderRejected(final SimOrder order, final RejectReason reason)
    {
        listener.onOrderRejected(order, reason);
    }

    PlaceResult place(final OrderRequest request)
    {
        final PlaceResult result = orderBook.place(request, nowMs);
        if (PlaceResult.DUPLICATE_ORDER_ID != result)
        {
            orderIdRollback = 0;
            quotes.advance(this, nowMs);
        }
        return result;
    }

    CancelResult cancel(final int clientId, final int orderId)
    {
        final CancelResult result = orderBook.cancel(clientId, orderId, nowMs);
        if (CancelResult.CANCELLED == result)
        {
            quotes.advance(this, nowMs);
        }
        return result;
    }

    int cancelAll()
    {
        return orderBook.cancelAll(nowMs);
    }

    boolean setQuote(final String symbol, final long bidPrice, final long askPrice)
    {
        return quotes.set(symbol, bidPrice, askPrice, this, nowMs);
    }

    boolean setQuote(
        final String symbol, final long bidPrice, final long askPrice, final long bidSize, final long askSize)
    {
        return quotes.set(symbol, bidPrice, askPrice, bidSize, askSize, this, nowMs);
    }

    /**
     * Reset an account to a new generation.
     *
     * @param accountId account.
     * @param newCash   starting cash, or {@link Price#NULL} for the configured initial cash.
     * @return false if the account is not managed here.
     */
    boolean resetAccount(final String accountId, final long newCash, final long defaultCash)
    {
        final Account account = accounts.find(accountId);
        if (null == account)
        {
            return false;
        }
        orderBook.resetAccount(account, Price.isSet(newCash) ? newCash : defaultCash, nowMs);
        histories.onReset(account, nowMs);
        return true;
    }

    /**
     * After a simulated restart, announce ids up to {@code rollback} below the next free one (never below
     * the configured start), as a gateway that lost its id sequence would; cleared by the next order.
     */
    void rollbackOrderIds(final int rollback)
    {
        orderIdRollback = Math.max(0, rollback);
    }

    /**
     * @return the id NEXT_VALID_ID announces: above every id any client used, never below the configured
     * start, unless a simulated restart rolled it back.
     */
    int nextValidOrderId()
    {
        final int next = Math.max(firstValidOrderId, orderBook.highestOrderId() + 1);
        return Math.max(firstValidOrderId, next - orderIdRollback);
    }

    /**
     * @return rows of the quote replay applied so far (0 when quotes walk).
     */
    int replayedQuoteCount()
    {
        return replayCursor;
    }

    PortfolioHistories histories()
    {
        return histories;
    }

    OrderBook orderBook()
    {
        return orderBook;
    }

    QuoteBook quotes()
    {
        return quotes;
    }

    Accounts accounts()
    {
        return accounts;
    }
}
