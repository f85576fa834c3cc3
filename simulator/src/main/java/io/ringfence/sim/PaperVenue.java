package io.ringfence.sim;

import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.order.CancelResult;
import io.ringfence.sim.order.OrderBook;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.PlaceResult;

/**
 * The market behind the gateway, without sockets: accounts, quotes and the order book, plus the rule
 * that every order event advances the quote walk by one step (after the event, so a client that reads
 * a quote sees the one its next order meets). Time is the gateway's duty-cycle time.
 */
final class PaperVenue
{
    private final Accounts accounts;
    private final QuoteBook quotes;
    private final OrderBook orderBook;
    private final int firstValidOrderId;
    private long nowMs;

    PaperVenue(final SimulatorContext ctx, final OrderEventListener listener)
    {
        accounts = new Accounts(ctx.accounts(), ctx.initialCash());
        quotes = new QuoteBook(ctx.instruments(), QuoteBook.CENT, ctx.spreadTicks(), ctx.walkTicks(), ctx.quoteSeed());
        orderBook = new OrderBook(accounts, quotes, listener, ctx.firstPermId());
        firstValidOrderId = ctx.nextValidOrderId();
    }

    void nowMs(final long nowMs)
    {
        this.nowMs = nowMs;
    }

    PlaceResult place(final OrderRequest request)
    {
        final PlaceResult result = orderBook.place(request, nowMs);
        if (PlaceResult.DUPLICATE_ORDER_ID != result)
        {
            quotes.advance(orderBook, nowMs);
        }
        return result;
    }

    CancelResult cancel(final int clientId, final int orderId)
    {
        final CancelResult result = orderBook.cancel(clientId, orderId, nowMs);
        if (CancelResult.CANCELLED == result)
        {
            quotes.advance(orderBook, nowMs);
        }
        return result;
    }

    boolean setQuote(final String symbol, final long bidPrice, final long askPrice)
    {
        return quotes.set(symbol, bidPrice, askPrice, orderBook, nowMs);
    }

    /**
     * @return the id NEXT_VALID_ID announces: above every id any client used, never below the configured start.
     */
    int nextValidOrderId()
    {
        return Math.max(firstValidOrderId, orderBook.highestOrderId() + 1);
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
