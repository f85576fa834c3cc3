package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes replayed from {@code quotes/replay.csv} as the venue's clock moves: opening quotes from the
 * file, resting orders filled when a replayed quote reaches them, nothing filled against a crossed row.
 */
class PaperVenueReplayTest
{
    private static final long START_MS = 1_709_303_000_000L;

    private final CachedEpochClock clock = new CachedEpochClock();
    private final List<String> fills = new ArrayList<>();
    private final OrderEventListener listener = new OrderEventListener()
    {
        public void onOrderStatus(final SimOrder order)
        {
        }

        public void onExecution(final SimOrder order, final Execution execution)
        {
            fills.add(order.orderId() + " " + execution.quantity() + "@" + Price.toString(execution.price()) + " +" +
                (execution.timeMs() - START_MS));
        }

        public void onOrderRejected(final SimOrder order, final RejectReason reason)
        {
        }
    };
    private final OrderRequest request = new OrderRequest();

    @Test
    void shouldOpenWithFirstRowsAndFillRestingOrderWhenReplayReachesIt() throws URISyntaxException
    {
        final PaperVenue venue = venue();
        assertThat(venue.quotes().quote("AAPL").askPrice()).isEqualTo(Price.parse("100.02"));
        assertThat(venue.quotes().quote("AAPL").askSize()).isEqualTo(400);
        assertThat(venue.replayedQuoteCount()).isEqualTo(2);

        assertThat(venue.place(limitBuy(1, "99.60"))).isEqualTo(PlaceResult.ACCEPTED);
        tick(venue, 5_999);
        assertThat(fills).isEmpty();

        tick(venue, 6_000);
        assertThat(fills).containsExactly("1 100@99.52 +6000");
        assertThat(venue.replayedQuoteCount()).isEqualTo(6);
    }

    @Test
    void shouldNotFillAgainstCrossedReplayedQuote() throws URISyntaxException
    {
        final PaperVenue venue = venue();
        tick(venue, 2_500);

        assertThat(venue.place(limitBuy(1, "101.00"))).isEqualTo(PlaceResult.ACCEPTED);

        assertThat(fills).isEmpty();
        tick(venue, 6_000);
        assertThat(fills).containsExactly("1 100@99.52 +6000");
    }

    private PaperVenue venue() throws URISyntaxException
    {
        clock.update(START_MS);
        return new PaperVenue(new SimulatorContext()
            .epochClock(clock)
            .quotesFile(Path.of(getClass().getResource("/quotes/replay.csv").toURI()))
            .conclude(), listener);
    }

    private void tick(final PaperVenue venue, final long elapsedMs)
    {
        clock.update(START_MS + elapsedMs);
        venue.nowMs(START_MS + elapsedMs);
    }

    private OrderRequest limitBuy(final int orderId, final String limitPrice)
    {
        return request.reset()
            .clientId(7)
            .orderId(orderId)
            .account("DU8730189")
            .symbol("AAPL")
            .side(Side.BUY)
            .quantity(100)
            .orderType(OrderType.LIMIT)
            .limitPrice(Price.parse(limitPrice));
    }
}
