package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.market.QuoteSnapshot;
import io.ringfence.sim.order.CancelResult;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaperVenueTest
{
    private final List<Long> fillPrices = new ArrayList<>();
    private final OrderEventListener listener = new OrderEventListener()
    {
        public void onOrderStatus(final SimOrder order)
        {
        }

        public void onExecution(final SimOrder order, final Execution execution)
        {
            fillPrices.add(execution.price());
        }

        public void onOrderRejected(final SimOrder order, final RejectReason reason)
        {
        }
    };
    private final OrderRequest request = new OrderRequest();

    @Test
    void shouldFillAtTheQuoteReadBeforeEachOrderWhileQuotesWalk()
    {
        final PaperVenue venue = new PaperVenue(new SimulatorContext().walkTicks(5).quoteSeed(3).conclude(), listener);
        final List<Long> expected = new ArrayList<>();
        final List<QuoteSnapshot> seen = new ArrayList<>();

        for (int orderId = 1; orderId <= 50; orderId++)
        {
            final QuoteSnapshot quote = venue.quotes().quote("AAPL").snapshot();
            seen.add(quote);
            expected.add(quote.askPrice());
            assertThat(venue.place(marketBuy(orderId))).isEqualTo(PlaceResult.ACCEPTED);
        }

        assertThat(fillPrices).isEqualTo(expected);
        assertThat(new HashSet<>(seen)).as("the walk moved the quote").hasSizeGreaterThan(10);
    }

    @Test
    void shouldNotAdvanceWalkOnRefusedRequests()
    {
        final PaperVenue venue = new PaperVenue(new SimulatorContext().walkTicks(5).conclude(), listener);
        venue.place(marketBuy(1));
        final QuoteSnapshot before = venue.quotes().quote("AAPL").snapshot();

        assertThat(venue.place(marketBuy(1))).isEqualTo(PlaceResult.DUPLICATE_ORDER_ID);
        assertThat(venue.cancel(7, 99)).isEqualTo(CancelResult.NOT_FOUND);

        assertThat(venue.quotes().quote("AAPL").snapshot()).isEqualTo(before);
    }

    @Test
    void shouldAnnounceNextValidIdAboveEveryUsedId()
    {
        final PaperVenue venue = new PaperVenue(new SimulatorContext().nextValidOrderId(10).conclude(), listener);
        assertThat(venue.nextValidOrderId()).isEqualTo(10);

        venue.place(marketBuy(4));
        assertThat(venue.nextValidOrderId()).isEqualTo(10);

        venue.place(marketBuy(41));
        assertThat(venue.nextValidOrderId()).isEqualTo(42);
    }

    @Test
    void shouldSetQuoteOnlyForKnownSymbols()
    {
        final PaperVenue venue = new PaperVenue(new SimulatorContext().conclude(), listener);

        assertThat(venue.setQuote("AAPL", Price.parse("1.00"), Price.parse("1.02"))).isTrue();
        assertThat(venue.quotes().quote("AAPL").askPrice()).isEqualTo(Price.parse("1.02"));
        assertThat(venue.setQuote("NOPE", 1, 2)).isFalse();
    }

    private OrderRequest marketBuy(final int orderId)
    {
        return request.reset()
            .clientId(7)
            .orderId(orderId)
            .account("DU8730189")
            .symbol("AAPL")
            .side(Side.BUY)
            .quantity(1)
            .orderType(OrderType.MARKET)
            .limitPrice(Price.NULL);
    }
}
