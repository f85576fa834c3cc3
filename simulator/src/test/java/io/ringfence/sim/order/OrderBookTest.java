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

import io.ringfence.sim.market.TradingHours;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

        assertThat(place(1, "DU1", "MSFT", Side.BUY, 1, OrderType.MARKET, Price.NULL))
            .as("live, other contract").isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        assertThat(place(1, "DU1", "AAPL", Side.SELL, 1, OrderType.MARKET, Price.NULL))
            .as("live, other side").isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
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
        assertRejected(RejectReason.MISSING_STOP_PRICE,
            request(8, "DU1", "AAPL", Side.BUY, 1, OrderType.STOP, Price.NULL));
        assertRejected(RejectReason.MISSING_LIMIT_PRICE,
            request(9, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.NULL));
        assertRejected(RejectReason.INVALID_LIMIT_PRICE,
            request(10, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("-1")));
        assertRejected(RejectReason.PRICE_VARIATION,
            request(11, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("190.001")));
        assertRejected(RejectReason.UNSUPPORTED_TIME_IN_FORCE,
            request(12, "DU1", "AAPL", Side.BUY, 1, OrderType.MARKET, Price.NULL).timeInForce(TimeInForce.NULL_VAL));
        assertRejected(RejectReason.PARENT_NOT_FOUND,
            request(13, "DU1", "AAPL", Side.BUY, 1, OrderType.LIMIT, Price.parse("180")).parentId(12));
        assertRejected(RejectReason.UNSUPPORTED_ORDER_TYPE,
            request(14, "DU1", "AAPL", Side.BUY, 1, OrderType.NULL_VAL, Price.NULL));

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
        quotes = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 4, 2024, 300, nowMs);
        listener.staleQuoteMs = 5;
        book = new OrderBook(accounts, quotes, listener, 1, TradingHours.alwaysOpen(ZoneOffset.UTC),
            CommissionSchedule.IB_FIXED, listener.staleQuoteMs);
        final Random random = new Random(99);
        final OrderType[] types = { OrderType.MARKET, OrderType.LIMIT, OrderType.LIMIT, OrderType.STOP,
            OrderType.STOP_LIMIT, OrderType.TRAILING_STOP };

        for (int orderId = 1; orderId <= 1_200; orderId++)
        {
            nowMs += random.nextInt(4);
            if (random.nextInt(5) == 0 && orderId > 1)
            {
                book.cancel(CLIENT, 1 + random.nextInt(orderId - 1), nowMs);
            }
            final String symbol = INSTRUMENTS.get(random.nextInt(2)).symbol();
            final long ask = quotes.quote(symbol).askPrice();
            final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            final OrderType type = types[random.nextInt(types.length)];
            final long offset = (random.nextInt(11) - 5) * QuoteBook.CENT;
            request(orderId, random.nextBoolean() ? "DU1" : "DU2", symbol, side, 1 + random.nextInt(700), type,
                type == OrderType.LIMIT || type == OrderType.STOP_LIMIT ? ask + offset : Price.NULL)
                .auxPrice(type == OrderType.STOP || type == OrderType.STOP_LIMIT ?
                    ask + (side == Side.BUY ? 3 : -3) * QuoteBook.CENT :
                    type == OrderType.TRAILING_STOP ? 3 * QuoteBook.CENT : Price.NULL)
                .timeInForce(random.nextInt(8) == 0 ? TimeInForce.IOC : TimeInForce.GTC);
            if (orderId > 1 && random.nextInt(6) == 0)
            {
                request.parentId(orderId - 1);
            }
            book.place(request, nowMs);
            trackPlaced(orderId);
            checkInvariants();
            quotes.advance(book, nowMs);
            checkInvariants();
        }

        assertThat(listener.executions.size()).isGreaterThan(300);
        assertThat(listener.executions.stream().map(Execution::executionId)).doesNotHaveDuplicates();
        assertThat(listener.events).anyMatch((event) -> event.contains("rejected"));
    }

    @Test
    void shouldFillOnlyDisplayedSizeAndRestUntilQuoteRefreshes()
    {
        setQuote("AAPL", "190.00", "190.02", 500, 300);

        place(1, "DU1", "AAPL", Side.BUY, 500, OrderType.MARKET, Price.NULL);
        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=500",
            "1 Submitted filled=0 remaining=500",
            "1 exec 300@190.02 t=" + nowMs,
            "1 Submitted filled=300 remaining=200");

        setQuote("AAPL", "190.00", "190.03", 500, 100);
        assertThat(listener.drain()).containsExactly(
            "1 exec 100@190.03 t=" + nowMs, "1 Submitted filled=400 remaining=100");
    }

    @Test
    void shouldCancelRestOfImmediateOrCancelAfterPartialFill()
    {
        setQuote("AAPL", "190.00", "190.02", 500, 300);

        request(1, "DU1", "AAPL", Side.BUY, 500, OrderType.LIMIT, Price.parse("190.05")).timeInForce(TimeInForce.IOC);
        book.place(request, nowMs);
        trackPlaced(1);

        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=500", "1 Submitted filled=0 remaining=500",
            "1 exec 300@190.02 t=" + nowMs, "1 Submitted filled=300 remaining=200",
            "1 Cancelled filled=300 remaining=200");
    }

    @Test
    void shouldNotFillThroughStaleQuote()
    {
        book = new OrderBook(accounts, quotes, listener, 1, TradingHours.alwaysOpen(ZoneOffset.UTC),
            CommissionSchedule.FREE, 1_000);
        listener.staleQuoteMs = 1_000;
        setQuote("AAPL", "190.00", "190.02");
        nowMs += 1_001;

        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=10", "1 Submitted filled=0 remaining=10");

        setQuote("AAPL", "190.00", "190.02");
        assertThat(listener.drain()).containsExactly("1 exec 10@190.02 t=" + nowMs, "1 Filled filled=10 remaining=0");
    }

    @Test
    void shouldTriggerBuyStopWhenAskReachesItAndStopLimitOnlyWithinLimit()
    {
        request(1, "DU1", "AAPL", Side.BUY, 10, OrderType.STOP, Price.NULL).auxPrice(Price.parse("191.00"));
        book.place(request, nowMs);
        trackPlaced(1);
        request(2, "DU1", "AAPL", Side.BUY, 10, OrderType.STOP_LIMIT, Price.parse("191.05"))
            .auxPrice(Price.parse("191.00"));
        book.place(request, nowMs);
        trackPlaced(2);
        listener.drain();

        setQuote("AAPL", "190.90", "190.99");
        assertThat(listener.drain()).as("ask below stop").isEmpty();

        setQuote("AAPL", "191.08", "191.10");
        assertThat(listener.drain()).as("stop triggered; stop limit triggered but not marketable").containsExactly(
            "1 exec 10@191.10 t=" + nowMs, "1 Filled filled=10 remaining=0");
        assertThat(book.order(CLIENT, 2).isTriggered()).isTrue();

        setQuote("AAPL", "191.00", "191.04");
        assertThat(listener.drain()).containsExactly("2 exec 10@191.04 t=" + nowMs, "2 Filled filled=10 remaining=0");
    }

    @Test
    void shouldTrailSellStopBehindRisingBidAndTriggerWhenItFalls()
    {
        place(1, "DU1", "AAPL", Side.BUY, 100, OrderType.MARKET, Price.NULL);
        request(2, "DU1", "AAPL", Side.SELL, 100, OrderType.TRAILING_STOP, Price.NULL).auxPrice(Price.parse("0.50"));
        book.place(request, nowMs);
        trackPlaced(2);
        listener.drain();
        assertThat(book.order(CLIENT, 2).stopPrice()).isEqualTo(Price.parse("189.49"));

        setQuote("AAPL", "191.00", "191.02");
        assertThat(book.order(CLIENT, 2).stopPrice()).isEqualTo(Price.parse("190.50"));
        setQuote("AAPL", "190.80", "190.82");
        assertThat(book.order(CLIENT, 2).stopPrice()).as("never loosens").isEqualTo(Price.parse("190.50"));
        assertThat(listener.drain()).isEmpty();

        setQuote("AAPL", "190.50", "190.52");
        assertThat(listener.drain()).containsExactly("2 exec 100@190.50 t=" + nowMs, "2 Filled filled=100 remaining=0");
    }

    @Test
    void shouldTrailBuyStopByPercentAboveAsk()
    {
        request(1, "DU1", "AAPL", Side.BUY, 10, OrderType.TRAILING_STOP, Price.NULL)
            .trailingPercent(Price.parse("1"));
        book.place(request, nowMs);
        trackPlaced(1);
        assertThat(book.order(CLIENT, 1).stopPrice()).isEqualTo(Price.parse("191.91"));

        setQuote("AAPL", "179.98", "180.00");
        assertThat(book.order(CLIENT, 1).stopPrice()).isEqualTo(Price.parse("181.80"));
        listener.drain();
        setQuote("AAPL", "181.78", "181.80");
        assertThat(listener.drain()).containsExactly("1 exec 10@181.80 t=" + nowMs, "1 Filled filled=10 remaining=0");
    }

    @Test
    void shouldHoldOrdersOutsideRegularHoursUnlessOutsideRthAndExpireDayOrdersAtClose()
    {
        final ZoneId newYork = ZoneId.of("America/New_York");
        book = new OrderBook(accounts, quotes, listener, 1, TradingHours.regular(newYork), CommissionSchedule.FREE, 0);
        nowMs = ZonedDateTime.of(2024, 1, 2, 8, 0, 0, 0, newYork).toInstant().toEpochMilli();
        book.onTime(nowMs);

        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        request(2, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL).outsideRth(true);
        book.place(request, nowMs);
        trackPlaced(2);
        place(3, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("150.00"));
        assertThat(listener.drain()).contains("2 exec 10@190.01 t=" + nowMs).doesNotContain("1 exec 10@190.01 t=" + nowMs);

        nowMs = ZonedDateTime.of(2024, 1, 2, 9, 30, 0, 0, newYork).toInstant().toEpochMilli();
        book.onTime(nowMs);
        assertThat(listener.drain()).containsExactly("1 exec 10@190.01 t=" + nowMs, "1 Filled filled=10 remaining=0");

        nowMs = ZonedDateTime.of(2024, 1, 2, 16, 0, 0, 0, newYork).toInstant().toEpochMilli();
        book.onTime(nowMs);
        assertThat(listener.drain()).containsExactly("3 Cancelled filled=0 remaining=10");
    }

    @Test
    void shouldHoldBracketChildrenUntilParentFillsThenCancelStopWhenTakeProfitFills()
    {
        place(1, "DU1", "AAPL", Side.BUY, 100, OrderType.LIMIT, Price.parse("189.00"), false, 0);
        place(2, "DU1", "AAPL", Side.SELL, 100, OrderType.LIMIT, Price.parse("195.00"), false, 1);
        request(3, "DU1", "AAPL", Side.SELL, 100, OrderType.STOP, Price.NULL).auxPrice(Price.parse("185.00"))
            .parentId(1);
        book.place(request, nowMs);
        trackPlaced(3);
        checkInvariants();
        assertThat(listener.drain()).containsExactly(
            "1 PreSubmitted filled=0 remaining=100", "2 PreSubmitted filled=0 remaining=100",
            "3 PreSubmitted filled=0 remaining=100", "1 Submitted filled=0 remaining=100");

        setQuote("AAPL", "188.98", "189.00");
        assertThat(listener.drain()).containsExactly(
            "1 exec 100@189.00 t=" + nowMs, "1 Filled filled=100 remaining=0",
            "2 Submitted filled=0 remaining=100", "3 Submitted filled=0 remaining=100");

        setQuote("AAPL", "195.00", "195.02");
        assertThat(listener.drain()).containsExactly(
            "2 exec 100@195.00 t=" + nowMs, "2 Filled filled=100 remaining=0", "3 Cancelled filled=0 remaining=100");
        assertThat(accounts.find("DU1").quantity("AAPL")).isZero();
    }

    @Test
    void shouldCancelChildrenWithParentAndCancelOcaSiblingOnFill()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("150.00"), false, 0);
        place(2, "DU1", "AAPL", Side.SELL, 10, OrderType.LIMIT, Price.parse("195.00"), true, 1);
        listener.drain();
        book.cancel(CLIENT, 1, nowMs);
        assertThat(listener.drain()).containsExactly(
            "1 Cancelled filled=0 remaining=10", "2 Cancelled filled=0 remaining=10");

        request(3, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("189.00")).ocaGroup("g").ocaType(1);
        book.place(request, nowMs);
        trackPlaced(3);
        request(4, "DU1", "MSFT", Side.BUY, 10, OrderType.LIMIT, Price.parse("410.00")).ocaGroup("g").ocaType(1);
        book.place(request, nowMs);
        trackPlaced(4);
        listener.drain();
        setQuote("AAPL", "188.98", "189.00");
        assertThat(listener.drain()).containsExactly(
            "3 exec 10@189.00 t=" + nowMs, "3 Filled filled=10 remaining=0", "4 Cancelled filled=0 remaining=10");
    }

    @Test
    void shouldModifyLiveOrderAndRejectModificationBelowFilled()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("180.00"));
        listener.drain();

        assertThat(place(1, "DU1", "AAPL", Side.BUY, 20, OrderType.LIMIT, Price.parse("185.00")))
            .isEqualTo(PlaceResult.MODIFIED);
        assertThat(listener.drain()).containsExactly("1 Submitted filled=0 remaining=20");
        assertThat(book.order(CLIENT, 1).limitPrice()).isEqualTo(Price.parse("185.00"));

        assertThat(place(1, "DU1", "AAPL", Side.BUY, 20, OrderType.LIMIT, Price.parse("190.01")))
            .isEqualTo(PlaceResult.MODIFIED);
        assertThat(listener.drain()).containsExactly(
            "1 Submitted filled=0 remaining=20", "1 exec 20@190.01 t=" + nowMs, "1 Filled filled=20 remaining=0");

        setQuote("AAPL", "190.00", "190.02", 1_000, 5);
        place(2, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        listener.drain();
        assertThat(place(2, "DU1", "AAPL", Side.BUY, 4, OrderType.MARKET, Price.NULL))
            .isEqualTo(PlaceResult.MODIFY_REJECTED);
        assertThat(listener.drain()).containsExactly("2 rejected 201 MODIFY_FILLED_QUANTITY");
    }

    @Test
    void shouldRejectOpeningBuyBeyondCashButAllowSellsAndCapFillsAtCash()
    {
        final Account poor = accounts.find("DU2");
        book.resetAccount(poor, Price.ofUnits(1_000), nowMs);

        assertRejected(RejectReason.INSUFFICIENT_CASH,
            request(1, "DU2", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL));
        assertThat(place(2, "DU2", "AAPL", Side.SELL, 10, OrderType.MARKET, Price.NULL))
            .isEqualTo(PlaceResult.ACCEPTED);
        assertThat(place(3, "DU2", "AAPL", Side.BUY, 15, OrderType.LIMIT, Price.parse("150.00")))
            .as("covers the short, opens 5 at the limit: affordable").isEqualTo(PlaceResult.ACCEPTED);
        listener.drain();

        setQuote("AAPL", "190.00", "190.02");
        place(4, "DU2", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        assertThat(listener.drain()).containsExactly(
            "4 PreSubmitted filled=0 remaining=10", "4 Submitted filled=0 remaining=10",
            "4 exec 10@190.02 t=" + nowMs, "4 Filled filled=10 remaining=0");
        assertThat(poor.cash()).isNotNegative();
    }

    @Test
    void shouldChargeCommissionWithMinimumPerOrderAndReportNetRealizedPnl()
    {
        book = new OrderBook(accounts, quotes, listener, 1, TradingHours.alwaysOpen(ZoneOffset.UTC),
            CommissionSchedule.IB_FIXED, 0);
        setQuote("AAPL", "190.00", "190.02", 1_000, 150);

        place(1, "DU1", "AAPL", Side.BUY, 300, OrderType.MARKET, Price.NULL);
        setQuote("AAPL", "190.00", "190.02", 1_000, 1_000);
        place(2, "DU1", "AAPL", Side.SELL, 300, OrderType.MARKET, Price.NULL);

        assertThat(listener.executions).extracting(Execution::commission).containsExactly(
            Price.parse("1.00"), Price.parse("0.50"), Price.parse("1.50"));
        assertThat(listener.executions.get(2).realizedPnl()).isEqualTo(Price.parse("-9.00"));
        assertThat(book.order(CLIENT, 1).commission()).isEqualTo(Price.parse("1.50"));
        assertThat(accounts.find("DU1").cash()).isEqualTo(INITIAL_CASH - Price.parse("9.00"));
    }

    @Test
    void shouldResetAccountToNewGenerationCancellingItsOrdersAndKeepingHistory()
    {
        place(1, "DU1", "AAPL", Side.BUY, 10, OrderType.MARKET, Price.NULL);
        place(2, "DU1", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("150.00"));
        place(3, "DU2", "AAPL", Side.BUY, 10, OrderType.LIMIT, Price.parse("150.00"));
        listener.drain();

        book.resetAccount(accounts.find("DU1"), Price.ofUnits(50_000), nowMs);

        assertThat(listener.drain()).containsExactly("2 Cancelled filled=0 remaining=10");
        assertThat(accounts.find("DU1").generation()).isEqualTo(2);
        assertThat(accounts.find("DU1").position("AAPL")).isNull();
        assertThat(book.order(CLIENT, 3).status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(book.executions()).hasSize(1);
        assertThat(book.orders()).hasSize(3);
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

    private PlaceResult place(
        final int orderId,
        final String account,
        final String symbol,
        final Side side,
        final long quantity,
        final OrderType orderType,
        final long limitPrice,
        final boolean transmit,
        final int parentId)
    {
        request(orderId, account, symbol, side, quantity, orderType, limitPrice).transmit(transmit).parentId(parentId);
        final PlaceResult result = book.place(request, nowMs);
        trackPlaced(orderId);
        checkInvariants();
        return result;
    }

    private void setQuote(final String symbol, final String bid, final String ask, final long bidSize, final long askSize)
    {
        nowMs++;
        quotes.set(symbol, Price.parse(bid), Price.parse(ask), bidSize, askSize, book, nowMs);
        checkInvariants();
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
                .as("position %s %s equals its fills", account.id(), position.symbol())
                .isEqualTo(signedFills(account, position.symbol())));
        }

        int working = 0;
        for (final long key : placedKeys)
        {
            final SimOrder order = book.order((int)(key >>> 32), (int)key);
            assertThat(order.filledQuantity()).isBetween(0L, Math.max(0, order.quantity()));
            if (order.status() == OrderStatus.FILLED)
            {
                assertThat(order.filledQuantity()).as("filled means fully filled: %s", order).isEqualTo(order.quantity());
            }
            working += order.isWorking() ? 1 : 0;
        }
        assertThat(book.workingOrderCount()).isEqualTo(working);
    }

    private long signedFills(final Account account, final String symbol)
    {
        long quantity = 0;
        for (final Execution execution : listener.executions)
        {
            final SimOrder order = execution.order();
            if (order.account() == account && order.generation() == account.generation() &&
                order.symbol().equals(symbol))
            {
                quantity += order.side() == Side.BUY ? execution.quantity() : -execution.quantity();
            }
        }
        return quantity;
    }
}
