package io.ringfence.sim.market;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteBookTest
{
    private static final List<Instrument> INSTRUMENTS = List.of(
        new Instrument("AAPL", 265598, Price.parse("190.00")),
        new Instrument("MSFT", 272093, Price.parse("420.005")));

    private final List<String> moves = new ArrayList<>();
    private final QuoteListener recorder = (quote, nowMs) -> moves.add(quote + " at " + nowMs);

    @Test
    void shouldQuoteOneTickEitherSideOfReferenceWhenSpreadIsTwoTicks()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);

        final Quote quote = book.quote("AAPL");

        assertThat(quote.bidPrice()).isEqualTo(Price.parse("189.99"));
        assertThat(quote.askPrice()).isEqualTo(Price.parse("190.01"));
        assertThat(quote.isTradable()).isTrue();
        assertThat(quote.snapshot()).isEqualTo(new QuoteSnapshot(
            "AAPL", Price.parse("189.99"), Price.parse("190.01"), 1_000, 1_000, Price.NULL, 0));
    }

    @Test
    void shouldRoundReferencePriceToTickAndPutOddSpreadAboveMid()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 3, 0, 1);

        final Quote quote = book.quote("MSFT");

        assertThat(quote.bidPrice()).isEqualTo(Price.parse("420.00"));
        assertThat(quote.askPrice()).isEqualTo(Price.parse("420.03"));
    }

    @Test
    void shouldFindSymbolFromAnyCharSequence()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);

        assertThat(book.quote(new StringBuilder("MSFT"))).isSameAs(book.quote("MSFT"));
        assertThat(book.quote("IBM")).isNull();
    }

    @Test
    void shouldNotMoveQuotesWhenWalkIsOff()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);

        book.advance(recorder, 1);

        assertThat(moves).isEmpty();
        assertThat(book.quote("AAPL").bidPrice()).isEqualTo(Price.parse("189.99"));
    }

    @Test
    void shouldWalkIdenticallyForTheSameSeed()
    {
        final QuoteBook first = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 5, 42);
        final QuoteBook second = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 5, 42);

        for (int step = 0; step < 100; step++)
        {
            first.advance(recorder, step);
            second.advance((quote, nowMs) -> {}, step);
            assertThat(first.quote("AAPL").snapshot()).isEqualTo(second.quote("AAPL").snapshot());
            assertThat(first.quote("MSFT").snapshot()).isEqualTo(second.quote("MSFT").snapshot());
        }
        assertThat(moves).isNotEmpty();
    }

    @Test
    void shouldKeepSpreadAndTickGridAndStayPositiveWhileWalking()
    {
        final QuoteBook book = new QuoteBook(
            List.of(new Instrument("PENNY", 1, Price.parse("0.05"))), QuoteBook.CENT, 2, 3, 7);

        for (int step = 0; step < 1_000; step++)
        {
            book.advance(recorder, step);
            final Quote quote = book.quote("PENNY");
            assertThat(quote.bidPrice()).isPositive();
            assertThat(quote.askPrice() - quote.bidPrice()).isEqualTo(2 * QuoteBook.CENT);
            assertThat(quote.bidPrice() % QuoteBook.CENT).isZero();
        }
    }

    @Test
    void shouldSetQuoteAndContinueWalkFromItsMid()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);

        final boolean found = book.set("AAPL", Price.parse("180.00"), Price.parse("180.10"), recorder, 5);

        assertThat(found).isTrue();
        assertThat(moves).containsExactly("AAPL 1000x180.00 / 180.10x1000 at 5");
        assertThat(book.set("IBM", 1, 2, recorder, 5)).isFalse();
    }

    @Test
    void shouldDepleteDisplayedSizeAndRefreshItOnNextStep()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 1, 7, 300, 0);
        final Quote quote = book.quote("AAPL");

        quote.takeAsk(200);
        quote.takeBid(500);

        assertThat(quote.askSize()).isEqualTo(100);
        assertThat(quote.bidSize()).isZero();
        assertThat(quote.lastPrice()).isEqualTo(quote.bidPrice());
        book.advance(recorder, 10);
        assertThat(quote.askSize()).isEqualTo(300);
        assertThat(quote.bidSize()).isEqualTo(300);
        assertThat(quote.updatedMs()).isEqualTo(10);
    }

    @Test
    void shouldSetSizesAndTimeAndCallQuoteStaleAfterLimit()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);
        book.set("MSFT", Price.parse("1.00"), Price.parse("1.01"), 5, 7, recorder, 1_000);
        final Quote quote = book.quote("MSFT");

        assertThat(quote.bidSize()).isEqualTo(5);
        assertThat(quote.askSize()).isEqualTo(7);
        assertThat(quote.isStale(1_500, 500)).isFalse();
        assertThat(quote.isStale(1_501, 500)).isTrue();
        assertThat(quote.isStale(1_000_000, 0)).as("0 = never stale").isFalse();
    }

    @Test
    void shouldNotBeTradableWithoutBothSidesOrWhenCrossed()
    {
        final QuoteBook book = new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 2, 0, 1);
        final Quote quote = book.quote("AAPL");

        book.set("AAPL", Price.NULL, Price.parse("190.01"), recorder, 1);
        assertThat(quote.isTradable()).isFalse();

        book.set("AAPL", Price.parse("190.02"), Price.parse("190.01"), recorder, 2);
        assertThat(quote.isTradable()).isFalse();

        book.set("AAPL", Price.parse("190.01"), Price.parse("190.01"), recorder, 3);
        assertThat(quote.isTradable()).isTrue();
    }

    @Test
    void shouldRefuseDuplicateSymbolsAndBadParameters()
    {
        final List<Instrument> duplicates = List.of(INSTRUMENTS.get(0), INSTRUMENTS.get(0));

        assertThatThrownBy(() -> new QuoteBook(duplicates, QuoteBook.CENT, 2, 0, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAPL");
        assertThatThrownBy(() -> new QuoteBook(INSTRUMENTS, QuoteBook.CENT, 0, 0, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Instrument("X", 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
