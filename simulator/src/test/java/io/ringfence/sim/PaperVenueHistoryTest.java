package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.sim.history.PortfolioSample;
import io.ringfence.sim.history.SampleTrigger;
import io.ringfence.sim.order.OrderRequest;
import io.ringfence.sim.order.PlaceResult;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.Test;

import static io.ringfence.sim.history.SampleTrigger.FILL;
import static io.ringfence.sim.history.SampleTrigger.INTERVAL;
import static io.ringfence.sim.history.SampleTrigger.RESET;
import static io.ringfence.sim.history.SampleTrigger.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Portfolio history through the real venue: known fills at known quotes on a settable clock, every
 * sample computed by hand. IB fixed commissions (1.00 minimum), AAPL opening at 189.99 / 190.01.
 */
class PaperVenueHistoryTest
{
    private static final String ACCOUNT = "DU8730189";
    private static final String OTHER = "DUP203550";
    private static final OrderEventListener IGNORED = new OrderEventListener()
    {
        public void onOrderStatus(final SimOrder order)
        {
        }

        public void onExecution(final SimOrder order, final Execution execution)
        {
        }

        public void onOrderRejected(final SimOrder order, final RejectReason reason)
        {
        }
    };

    private final CachedEpochClock clock = new CachedEpochClock();
    private final PaperVenue venue = new PaperVenue(new SimulatorContext()
        .epochClock(clock)
        .initialCash(p("100000"))
        .historyIntervalMs(1_000)
        .conclude(), IGNORED);
    private final OrderRequest request = new OrderRequest();

    @Test
    void shouldSampleOnFillsIntervalsAndResetWhenTradingAtKnownQuotes()
    {
        tick(500);
        assertThat(venue.place(market(1, Side.BUY, 100))).isEqualTo(PlaceResult.ACCEPTED);
        venue.setQuote("AAPL", p("194.99"), p("195.01"));
        tick(1_000);
        tick(1_500);
        venue.setQuote("AAPL", p("189.49"), p("189.51"));
        tick(3_700);
        assertThat(venue.place(market(2, Side.SELL, 100))).isEqualTo(PlaceResult.ACCEPTED);
        tick(4_000);
        assertThat(venue.resetAccount(ACCOUNT, p("50000"), Price.NULL)).isTrue();

        assertThat(venue.histories().history(ACCOUNT).samples()).containsExactly(
            // time, gen, trigger, cash, market value, realised, unrealised, peak equity
            sample(0, 1, START, "100000", "0", "0", "0", "100000"),
            // bought 100 @ 190.01 + 1.00: cash 100000 - 19001 - 1, marked at mid 190.00, basis 19002
            sample(500, 1, FILL, "80998", "19000", "0", "-2", "100000"),
            // mid 195.00: equity 100498, a new peak
            sample(1_000, 1, INTERVAL, "80998", "19500", "0", "498", "100498"),
            // mid 189.50; 2000 and 3000 both passed: one sample
            sample(3_700, 1, INTERVAL, "80998", "18950", "0", "-52", "100498"),
            // sold 100 @ 189.49 - 1.00: cash 80998 + 18949 - 1, realised 18949 - 19002 - 1
            sample(3_700, 1, FILL, "99946", "0", "-54", "0", "100498"),
            sample(4_000, 1, INTERVAL, "99946", "0", "-54", "0", "100498"),
            // a new generation starts its own peak
            sample(4_000, 2, RESET, "50000", "0", "0", "0", "50000"));
    }

    @Test
    void shouldReportEquityAndDrawdownFromPeakOfGeneration()
    {
        tick(500);
        venue.place(market(1, Side.BUY, 100));
        venue.setQuote("AAPL", p("194.99"), p("195.01"));
        tick(1_000);
        venue.setQuote("AAPL", p("189.49"), p("189.51"));
        tick(2_000);

        final PortfolioSample last = venue.histories().history(ACCOUNT).sample(3);
        assertThat(last.equity()).isEqualTo(p("99948"));
        assertThat(last.drawdown()).isEqualTo(p("550"));
        assertThat(venue.histories().history(ACCOUNT).sample(0).drawdown()).isZero();
    }

    @Test
    void shouldSampleEveryAccountOnIntervalButOnlyTheTraderOnFill()
    {
        tick(500);
        venue.place(market(1, Side.BUY, 100));
        tick(999);
        tick(1_000);

        assertThat(venue.histories().history(OTHER).samples()).extracting(PortfolioSample::trigger)
            .containsExactly(START, INTERVAL);
        assertThat(venue.histories().history(ACCOUNT).samples()).extracting(PortfolioSample::trigger)
            .containsExactly(START, FILL, INTERVAL);
    }

    @Test
    void shouldSampleOnlyOnEventsWhenIntervalIsZero()
    {
        final PaperVenue eventsOnly = new PaperVenue(new SimulatorContext()
            .epochClock(clock)
            .historyIntervalMs(0)
            .conclude(), IGNORED);

        clock.update(3_600_000);
        eventsOnly.nowMs(3_600_000);

        assertThat(eventsOnly.histories().history(ACCOUNT).samples()).extracting(PortfolioSample::trigger)
            .containsExactly(START);
    }

    private void tick(final long nowMs)
    {
        clock.update(nowMs);
        venue.nowMs(nowMs);
    }

    private OrderRequest market(final int orderId, final Side side, final long quantity)
    {
        return request.reset()
            .clientId(7)
            .orderId(orderId)
            .account(ACCOUNT)
            .symbol("AAPL")
            .side(side)
            .quantity(quantity)
            .orderType(OrderType.MARKET)
            .limitPrice(Price.NULL);
    }

    private static PortfolioSample sample(
        final long timeMs, final int generation, final SampleTrigger trigger,
        final String cash, final String marketValue, final String realized, final String unrealized,
        final String peak)
    {
        return new PortfolioSample(timeMs, generation, trigger, p(cash), p(marketValue), p(realized), p(unrealized),
            p(peak));
    }

    private static long p(final String decimal)
    {
        return Price.parse(decimal);
    }
}
