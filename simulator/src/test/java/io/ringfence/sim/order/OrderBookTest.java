package io.ringfence.sim.order;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.sim.account.Account;
import io.ringfence.sim.account.Accounts;
import io.ringfence.sim.market.Instrument;
import io.ringfence.sim.market.QuoteBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behavioural spec of the fill model; {@link #checkInvariants()} runs after every step.
 */
class OrderBookTest
{
    private static final int CLIENT = 7;
    private static final long INITIAL_CASH = Price.ofUnits(1_000_000);
    private static final List<Instrument> INSTRUMENTS = List.of(
        new Instrument("AAPL", 265598, Price.parse("190.00")),
        new Instrument("MSFT", 272093, Price.parse("420.00")));

    private final RecordingOrderListener listener = new RecordingOrderListener();
    private final Accounts accounts = new Accounts(List.of("DU1", "DU2"), INITIAL_CASH);
    private final LinkedHashSet<Long> placedKeys = new LinkedHashSet<>();
    private final OrderRequest request = new OrderRequest();
    private QuoteBook quotes = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);
    private OrderBook book = new OrderBook(accounts, quotes, listener, 1_000);
    private long nowMs = 1_700_000_000_000L;

    @AfterEach
    void after()
    {
        checkInvariants();
    }

    @Test
    void shouldFillMarketBuyAtAskWithStatusSequence()
    {
        assertThat(place(1, "DU1", "AAPL", Side.BUY, 100, OrderType.MARKET, Price.NULL)).isEqualTo(PlaceResult.ACCEPTED);

        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=100",
            "1 Submitted filled=0 remaining=100",
            "1 exec 100@190.01 t=" + nowMs,
            "1 Filled filled=100 remaining=0");
        final SimOrder order = book.order(CLIENT, 1);
        assertThat(order.permId()).isEqualTo(1_000);
        assertThat(order.averageFillPrice()).isEqualTo(Price.parse("190.01"));
        assertThat(accounts.find("DU1").position("AAPL").quantity()).isEqualTo(100);
        assertThat(accounts.find("DU1").cash()).isEqualTo(INITIAL_CASH - Price.parse("19001"));
    }

    @Test
    void shouldFillMarketSellAtBid()
    {
        place(1, "DU2", "MSFT", Side.SELL, 5, OrderType.MARKET, Price.NULL);

        assertThat(listener.drain()).contains("1 exec 5@419.99 t=" + nowMs);
        assertThat(accounts.find("DU2").position("MSFT").quantity()).isEqualTo(-5);
    }

    @Test
    void shouldFillMarketableLimitAtTouchNotAtLimit()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("195.00"));
        place(2, "DU1", "AAPL", Side.SELL, 10, OrderType.LIMIT, Price.parse("189.99"));

        assertThat(listener.drain()).contains("1 exec 10@190.01 t=" + nowMs, "2 exec 10@189.99 t=" + nowMs);
        assertThat(book.workingOrderCount()).isZero();
    }

    @Test
    void shouldRestLimitUntilQuoteReachesIt()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("189.50"));
        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=10", "1 Submitted filled=0 remaining=10");
        assertThat(book.workingOrderCount()).isEqualTo(1);

        setQuote("AAPL", "189.40", "189.60");
        assertThat(listener.drain()).isEmpty();

        setQuote("AAPL", "189.30", "189.45");
        assertThat(listener.drain()).containsExactly(
            "1 exec 10@189.45 t=" + nowMs, "1 Filled filled=10 remaining=0");
        assertThat(book.workingOrderCount()).isZero();
    }

    @Test
    void shouldNotFillWithoutQuoteAndFillMarketOrderWhenQuoteReturns()
    {
        setQuote("AAPL", null, null);

        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=10", "1 Submitted filled=0 remaining=10");
        setQuote("AAPL", "190.10", "190.00");
        assertThat(listener.drain()).as("crossed quote is not tradable").isEmpty();

        setQuote("AAPL", "190.00", "190.02");
        assertThat(listener.drain()).containsExactly(
            "1 exec 10@190.02 t=" + nowMs, "1 Filled filled=10 remaining=0");
    }

    @Test
    void shouldMatchRestingOrdersOldestFirstAndOnlyForTheirSymbol()
    {
        place(1, "DU1", "AAPL", Side.SELL, 1, OrderType.LIMIT, Price.parse("191.00"));
        place(2, "DU2", "MSFT", Side.SELL, 1, OrderType.LIMIT, Price.parse("421.00"));
        place(3, "DU2", "AAPL", Side.SELL, 2, OrderType.LIMIT, Price.parse("190.50"));
        listener.drain();

        setQuote("AAPL", "191.00", "191.02");

        assertThat(listener.drain()).containsExactly(
            "1 exec 1@191.00 t=" + nowMs, "1 Filled filled=1 remaining=0",
            "3 exec 2@191.00 t=" + nowMs, "3 Filled filled=2 remaining=0");
        assertThat(book.order(CLIENT, 2).status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void shouldCancelImmediateOrCancelThatIsNotMarketable()
    {
        request(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("189.00")).timeInForce(TimeInForce.IOC);
        book.place(request, nowMs);
        trackPlaced(1);

        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=10", "1 Submitted filled=0 remaining=10",
            "1 Cancelled filled=0 remaining=10");
        assertThat(book.workingOrderCount()).isZero();
    }

    @Test
    void shouldHoldUntransmittedOrderUntilCancelled()
    {
        request(1, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL).transmit(false);
        book.place(request, nowMs);
        trackPlaced(1);
        setQuote("AAPL", "190.00", "190.02");

        assertThat(listener.drain()).containsExactly("1 PreSubmitted filled=0 remaining=10");
        assertThat(book.cancel(CLIENT, 1, nowMs)).isEqualTo(CancelResult.CANCELLED);
        assertThat(listener.drain()).containsExactly("1 Cancelled filled=0 remaining=10");
    }

    @Test
    void shouldRefuseReusedOrderIdOfSameClientOnly()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("180.00"));
        place(2, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        place(3, "DU9", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        listener.drain();

        assertThat(place(1, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL))
            .as("live").isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        assertThat(place(2, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL))
            .as("filled").isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        assertThat(place(3, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL))
            .as("rejected").isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        assertThat(listener.drain()).isEmpty();

        request(1, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL).clientId(CLIENT + 1);
        assertThat(book.place(request, nowMs)).as("other client").isEqualTo(PlaceResult.ACCEPTED);
        assertThat(book.highestOrderId()).isEqualTo(3);
    }

    @Test
    void shouldRejectInvalidOrdersAndUseUpTheirIds()
    {
        assertRejected(RejectReason.ACCOUNT_NOT_MANAGED,
            request(1, "DU9", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.ACCOUNT_REQUIRED, request(2, "", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.UNKNOWN_SYMBOL, request(3, "DU1", "IBM", Side.BUY, 1, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.UNSUPPORTED_ACTION,
            request(4, "DU1", "AAPL", Side.NULL_VAL, 1, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.INVALID_QUANTITY, request(5, "DU1", "AAPL", Side.BUY, 0, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.INVALID_QUANTITY,
            request(6, "DU1", "AAPL", Side.BUY, -5, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.INVALID_QUANTITY,
            request(7, "DU1", "AAPL", Side.BUY, OrderValidator.MAX_QUANTITY + 1, OrderType.MARKET, Price.NULL));
        assertRejected(RejectReason.UNSUPPORTED_ORDER_TYPE,
            request(8, "DU1", "AAPL", Side.BUY, 1, OrderType.STOP, Price.NULL));
        assertRejected(RejectReason.MISSING_LIMIT_PRICE,
            request(9, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.NULL));
        assertRejected(RejectReason.INVALID_LIMIT_PRICE,
            request(10, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("-1")));
        assertRejected(RejectReason.PRICE_VARIATION,
            request(11, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("190.001")));
        assertRejected(RejectReason.UNSUPPORTED_TIME_IN_FORCE,
            request(12, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL).timeInForce(TimeInForce.NULL_VAL));
        assertRejected(RejectReason.UNSUPPORTED_ATTACHED_ORDER,
            request(13, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("180")).parentId(12));

        assertThat(book.workingOrderCount()).isZero();
        assertThat(accounts.find("DU1").position("AAPL")).isNull();
    }

    @Test
    void shouldCancelWorkingOrderOnceAndOnlyForItsOwner()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("180.00"));
        place(2, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        listener.drain();

        assertThat(book.cancel(CLIENT + 1, 1, nowMs)).isEqualTo(CancelResult.NOT_FOUND);
        assertThat(book.cancel(CLIENT, 1, nowMs)).isEqualTo(CancelResult.CANCELLED);
        assertThat(listener.drain()).containsExactly("1 Cancelled filled=0 remaining=10");
        assertThat(book.cancel(CLIENT, 1, nowMs)).isEqualTo(CancelResult.NOT_CANCELLABLE);
        assertThat(book.cancel(CLIENT, 2, nowMs)).isEqualTo(CancelResult.NOT_CANCELLABLE);
        assertThat(book.cancel(CLIENT, 99, nowMs)).isEqualTo(CancelResult.NOT_FOUND);
        assertThat(listener.drain()).isEmpty();

        setQuote("AAPL", "179.00", "179.50");
        assertThat(listener.drain()).as("cancelled order never fills").isEmpty();
    }

    @Test
    void shouldKeepInvariantsThroughSeededRandomSession()
    {
        quotes = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 4, 2024);
        book = new OrderBook(accounts, quotes, listener, 1);
        final Random random = new Random(99);

        for (int orderId = 1; orderId <= 2_000; orderId++)
        {
            nowMs++;
            if (random.nextInt(5) == 0 && orderId > 1)
            {
                book.cancel(CLIENT, 1 + random.nextInt(orderId - 1), nowMs);
            }
            final String symbol = INSTRUMENTS.get(random.nextInt(2)).symbol();
            final long ask = quotes.quote(symbol).askPrice();
            final boolean isMarket = random.nextInt(3) == 0;
            place(
                orderId,
                random.nextBoolean() ? "DU1" : "DU2",
                symbol,
                random.nextBoolean() ? Side.BUY : Side.SELL,
                1 + random.nextInt(500),
                isMarket ? OrderType.MARKET : OrderType.LIMIT,
                isMarket ? Price.NULL : ask + (random.nextInt(11) - 5) * QuoteBook.CENT);
            quotes.advance(book, nowMs);
            checkInvariants();
        }

        assertThat(listener.executedOrders.size()).isGreaterThan(500);
        assertThat(listener.executionIds).doesNotHaveDuplicates();
    }

    private PlaceResult place(
        final int orderId,
        final String account,
        final String symbol,
        final Side side,
        final long quantity,
        final OrderType orderType,
        final long limitPrice)
    {
        request(orderId, account, symbol, side, quantity, orderType, limitPrice);
        final PlaceResult result = book.place(request, nowMs);
        trackPlaced(orderId);
        checkInvariants();
        return result;
    }

    private OrderRequest request(
        final int orderId,
        final String account,
        final String symbol,
        final Side side,
        final long quantity,
        final OrderType orderType,
        final long limitPrice)
    {
        return request.reset()
            .clientId(CLIENT)
            .orderId(orderId)
            .account(account)
            .symbol(symbol)
            .side(side)
            .quantity(quantity)
            .orderType(orderType)
            .limitPrice(limitPrice)
            .orderRef("ref-" + orderId);
    }

    private void assertRejected(final RejectReason reason, final OrderRequest request)
    {
        assertThat(book.place(request, nowMs)).isEqualTo(PlaceResult.REJECTED);
        trackPlaced(request.orderId());
        assertThat(listener.drain()).containsExactly(
            request.orderId() + " rejected " + reason.errorCode() + " " + reason.name(),
            request.orderId() + " Inactive filled=0 remaining=" + Math.max(0, request.quantity()));
        assertThat(book.place(request, nowMs)).isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        checkInvariants();
    }

    private void setQuote(final String symbol, final String bid, final String ask)
    {
        nowMs++;
        quotes.set(symbol, null == bid ? Price.NULL : Price.parse(bid), null == ask ? Price.NULL : Price.parse(ask),
            book, nowMs);
        checkInvariants();
    }

    private void trackPlaced(final int orderId)
    {
        placedKeys.add(SimOrder.key(request.clientId(), orderId));
    }

    private void checkInvariants()
    {
        for (final Account account : accounts.list())
        {
            final long[] basis = new long[1];
            account.forEachPosition((position) -> basis[0] += position.costBasis());
            assertThat(account.cash() + basis[0] - account.realizedPnl())
                .as("cash + cost basis - realized conserved for %s", account.id())
                .isEqualTo(account.initialCash());

            account.forEachPosition((position) -> assertThat(position.quantity())
                .as("position %s %s equals its orders' fills", account.id(), position.symbol())
                .isEqualTo(signedFills(account, position.symbol())));
        }

        int working = 0;
        for (final long key : placedKeys)
        {
            final SimOrder order = book.order((int)(key >>> 32), (int)key);
            assertThat(order.filledQuantity()).isBetween(0L, Math.max(0, order.quantity()));
            assertThat(order.status() == OrderStatus.FILLED)
                .as("filled status iff fully filled: %s", order)
                .isEqualTo(order.quantity() > 0 && order.filledQuantity() == order.quantity());
            working += order.status() == OrderStatus.SUBMITTED ? 1 : 0;
        }
        assertThat(book.workingOrderCount()).isEqualTo(working);
    }

    private long signedFills(final Account account, final String symbol)
    {
        long quantity = 0;
        for (final SimOrder order : listener.executedOrders)
        {
            if (order.account() == account && order.symbol().equals(symbol))
            {
                quantity += order.side() == Side.BUY ? order.filledQuantity() : -order.filledQuantity();
            }
        }
        return quantity;
    }
}
