package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.ModifyOrderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.QueryKind;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each order type against the real simulator, filled or resting as the quote dictates: the quote
 * walk is off and every case trades its own symbol, so only the test moves prices.
 */
@Timeout(60)
class OrderTypesIT
{
    @TempDir
    Path runDir;

    private PaperGateway simulator;
    private Engine engine;
    private RingfenceClient client;
    private EventRecorder events;
    private long correlationId;

    @BeforeEach
    void start()
    {
        final SimulatorContext context = new SimulatorContext().port(0).walkTicks(0).spreadTicks(2).clearInstruments();
        final List<String> symbols = List.of("MKT", "LMT", "STP", "STPL", "TRL", "TRLP", "TRLM", "IOC", "BRK", "BRL");
        for (int i = 0; i < symbols.size(); i++)
        {
            context.instrument(symbols.get(i), 1_000 + i, "100.01");
        }
        simulator = PaperGateway.launch(context);
        final RingfenceConfig config = ConfigLoader.loadDefault()
            .withDirs(runDir, runDir.resolve("journal"))
            .withPaperGatewayPort(simulator.port());
        engine = Engine.launch(new EngineContext().config(config));
        client = RingfenceClient.connect(runDir, "cli");
        events = new EventRecorder(client);
    }

    @AfterEach
    void stop()
    {
        client.close();
        engine.close();
        simulator.close();
    }

    @Test
    void shouldFillAMarketOrderAtTheAsk() throws InterruptedException
    {
        quote("MKT", "100.00", "100.02");
        submit("mkt", o -> o.symbol("MKT"));

        assertThat(events.awaitLine(l -> l.startsWith("STATUS mkt FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL mkt 10 @ 100.02"));
    }

    @Test
    void shouldRestALimitAwayFromTheMarketAndFillItWhenTheMarketComes() throws InterruptedException
    {
        quote("LMT", "100.00", "100.02");
        submit("lmt", o -> o.symbol("LMT").orderType(OrderType.LIMIT).limitPrice(Price.parse("99.50")));
        events.awaitLine(l -> l.startsWith("STATUS lmt SUBMITTED"), 10);

        quote("LMT", "99.40", "99.45");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS lmt FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL lmt 10 @ 99.45"));
    }

    @Test
    void shouldTriggerASellStopWhenTheBidFallsToIt() throws InterruptedException
    {
        quote("STP", "100.00", "100.02");
        submit("stp", o -> o.symbol("STP").side(Side.SELL).orderType(OrderType.STOP).stopPrice(Price.parse("95.00")));
        events.awaitLine(l -> l.startsWith("STATUS stp SUBMITTED"), 10);
        quote("STP", "96.00", "96.02");
        assertThat(simulator.position(Intents.ACCOUNT, "STP")).as("nothing filled yet").isZero();

        quote("STP", "94.90", "94.92");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS stp FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL stp 10 @ 94.90"));
    }

    @Test
    void shouldTriggerABuyStopLimitAndFillWithinItsLimit() throws InterruptedException
    {
        quote("STPL", "100.00", "100.02");
        submit("stpl", o -> o.symbol("STPL").orderType(OrderType.STOP_LIMIT)
            .stopPrice(Price.parse("105.00")).limitPrice(Price.parse("105.50")));
        events.awaitLine(l -> l.startsWith("STATUS stpl SUBMITTED"), 10);

        quote("STPL", "105.10", "105.12");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS stpl FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL stpl 10 @ 105.12"));
    }

    @Test
    void shouldTrailASellStopByAnAmountAndFillWhenThePriceTurns() throws InterruptedException
    {
        sellTrailsUpThenFills("trl", "TRL", OrderType.TRAILING_STOP, "1.00", "102.00", "101.10", "100.90");
    }

    @Test
    void shouldTrailASellStopByAPercentAndFillWhenThePriceTurns() throws InterruptedException
    {
        sellTrailsUpThenFills("trlp", "TRLP", OrderType.TRAILING_STOP_PERCENT, "2", "110.00", "108.00", "107.70");
    }

    @Test
    void shouldRefuseATrailingPercentOutsideZeroToAHundred() throws InterruptedException
    {
        submit("trlp-0", o -> o.symbol("TRLP").side(Side.SELL).orderType(OrderType.TRAILING_STOP_PERCENT)
            .stopPrice(Price.parse("100")));

        assertThat(events.awaitLine(l -> l.startsWith("REFUSED trlp-0"), 10)).contains("REFUSED trlp-0 MALFORMED_INTENT");
    }

    @Test
    void shouldRefuseAModifyThatTakesATrailingPercentOutOfRange() throws InterruptedException
    {
        quote("TRLP", "100.00", "100.02");
        submit("trlp-m", o -> o.symbol("TRLP").side(Side.SELL).orderType(OrderType.TRAILING_STOP_PERCENT)
            .stopPrice(Price.parse("2")));
        events.awaitLine(l -> l.startsWith("STATUS trlp-m SUBMITTED"), 10);

        modifyStop("trlp-m", "trlp-m-bad", "150");

        assertThat(events.awaitLine(l -> l.startsWith("REFUSED trlp-m-bad"), 10))
            .contains("REFUSED trlp-m-bad ORDER_NOT_MODIFIABLE")
            .noneMatch(l -> l.startsWith("STATUS trlp-m PENDING_REPLACE"));
    }

    @Test
    void shouldTrailByTheNewPercentOnceTheBrokerConfirmsAModify() throws InterruptedException
    {
        bid("TRLM", "100.00");
        submit("trlm", o -> o.symbol("TRLM").side(Side.SELL).orderType(OrderType.TRAILING_STOP_PERCENT)
            .stopPrice(Price.parse("2")));
        events.awaitLine(l -> l.startsWith("STATUS trlm SUBMITTED"), 10);

        modifyStop("trlm", "trlm-5", "5");
        events.awaitLine(l -> confirmedAfterReplace(events.lines(), "trlm"), 10);
        bid("TRLM", "97.50");
        assertThat(simulator.position(Intents.ACCOUNT, "TRLM")).as("2 % would have filled; 5 % holds").isZero();

        bid("TRLM", "94.90");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS trlm FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL trlm 10 @ 94.90"));
    }

    @Test
    void shouldCancelTheStopLossWhenABracketsTakeProfitFills() throws InterruptedException
    {
        quote("BRK", "100.00", "100.02");
        bracket("brk", "BRK", "101.00", "99.00");
        events.awaitLine(l -> l.startsWith("STATUS brk FILLED"), 10);
        assertThat(simulator.position(Intents.ACCOUNT, "BRK")).isEqualTo(10);

        quote("BRK", "101.00", "101.02");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS brk/sl CANCELLED"), 10))
            .anyMatch(l -> l.startsWith("FILL brk/tp 10 @ 101.00"))
            .anyMatch(l -> l.startsWith("STATUS brk/tp FILLED"));
        assertThat(simulator.position(Intents.ACCOUNT, "BRK")).isZero();
    }

    @Test
    void shouldCancelTheTakeProfitWhenABracketsStopLossTriggers() throws InterruptedException
    {
        quote("BRL", "100.00", "100.02");
        bracket("brl", "BRL", "101.00", "99.00");
        events.awaitLine(l -> l.startsWith("STATUS brl FILLED"), 10);

        quote("BRL", "98.90", "98.92");

        assertThat(events.awaitLine(l -> l.startsWith("STATUS brl/tp CANCELLED"), 10))
            .anyMatch(l -> l.startsWith("STATUS brl/sl FILLED") || l.startsWith("FILL brl/sl 10"));
        assertThat(simulator.position(Intents.ACCOUNT, "BRL")).isZero();
    }

    @Test
    void shouldAnswerPositionAndOrderQueriesThroughTheClient() throws InterruptedException
    {
        quote("MKT", "100.00", "100.02");
        submit("q-mkt", o -> o.symbol("MKT"));
        events.awaitLine(l -> l.startsWith("STATUS q-mkt FILLED"), 10);

        client.query().correlationId(++correlationId).kind(QueryKind.POSITIONS).account(Intents.ACCOUNT).idempotencyKey("");
        assertThat(client.commit()).isTrue();
        assertThat(events.awaitLine(l -> l.startsWith("END POSITIONS"), 10))
            .contains("POSITION MKT 10 working 0/0", "END POSITIONS 1");

        client.query().correlationId(++correlationId).kind(QueryKind.ORDER).account(Intents.ACCOUNT).idempotencyKey("q-mkt");
        assertThat(client.commit()).isTrue();
        assertThat(events.awaitLine(l -> l.startsWith("END ORDER "), 10)).contains("END ORDER 1");
    }

    @Test
    void shouldCancelTheUnfilledRestOfAnImmediateOrCancelLimit() throws InterruptedException
    {
        quote("IOC", "100.00", "100.02");
        submit("ioc", o -> o.symbol("IOC").orderType(OrderType.LIMIT).limitPrice(Price.parse("99.00"))
            .timeInForce(TimeInForce.IOC));

        assertThat(events.awaitLine(l -> l.startsWith("STATUS ioc CANCELLED"), 10))
            .noneMatch(l -> l.startsWith("FILL ioc"));
    }

    /**
     * A trailing sell of 10 rests at a bid of 100.00; the bid rises to {@code highBid} (the stop
     * follows), falls to {@code holdBid} (still above the stop: nothing fills), then to
     * {@code fillBid} (through the stop: it fills there). Asks stay 0.02 above the bid.
     */
    private void sellTrailsUpThenFills(
        final String key, final String symbol, final OrderType type, final String distance,
        final String highBid, final String holdBid, final String fillBid) throws InterruptedException
    {
        bid(symbol, "100.00");
        submit(key, o -> o.symbol(symbol).side(Side.SELL).orderType(type).stopPrice(Price.parse(distance)));
        events.awaitLine(l -> l.startsWith("STATUS " + key + " SUBMITTED"), 10);
        bid(symbol, highBid);
        bid(symbol, holdBid);
        assertThat(simulator.position(Intents.ACCOUNT, symbol)).as("nothing filled yet").isZero();

        bid(symbol, fillBid);

        assertThat(events.awaitLine(l -> l.startsWith("STATUS " + key + " FILLED"), 10))
            .anyMatch(l -> l.startsWith("FILL " + key + " 10 @ " + fillBid));
    }

    /**
     * The broker confirmed a modify: a SUBMITTED status after the PENDING_REPLACE.
     */
    private static boolean confirmedAfterReplace(final List<String> lines, final String key)
    {
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith("STATUS " + key + " PENDING_REPLACE"))
            {
                return lines.subList(i + 1, lines.size()).stream().anyMatch(l -> l.startsWith("STATUS " + key + " SUBMITTED"));
            }
        }
        return false;
    }

    private void bid(final String symbol, final String bid)
    {
        final long bidPrice = Price.parse(bid);
        assertThat(simulator.setQuote(symbol, bidPrice, bidPrice + Price.parse("0.02"))).isTrue();
    }

    private void modifyStop(final String target, final String key, final String stop)
    {
        client.modifyOrder()
            .correlationId(++correlationId)
            .mode(TradingMode.PAPER)
            .timeInForce(TimeInForce.NULL_VAL)
            .quantity(ModifyOrderEncoder.quantityNullValue())
            .limitPrice(Price.NULL)
            .stopPrice(Price.parse(stop))
            .account(Intents.ACCOUNT)
            .idempotencyKey(key)
            .targetIdempotencyKey(target);
        assertThat(client.commit()).isTrue();
    }

    private void bracket(final String key, final String symbol, final String takeProfit, final String stopLoss)
    {
        client.newBracket()
            .correlationId(++correlationId)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(10)
            .limitPrice(Price.NULL)
            .takeProfitPrice(Price.parse(takeProfit))
            .stopLossPrice(Price.parse(stopLoss))
            .account(Intents.ACCOUNT)
            .symbol(symbol)
            .idempotencyKey(key);
        assertThat(client.commit()).isTrue();
    }

    private void quote(final String symbol, final String bid, final String ask)
    {
        assertThat(simulator.setQuote(symbol, Price.parse(bid), Price.parse(ask))).isTrue();
    }

    private void submit(final String key, final Consumer<NewOrderEncoder> change)
    {
        final NewOrderEncoder order = Intents.defaults(client.newOrder(), ++correlationId).idempotencyKey(key);
        change.accept(order);
        assertThat(client.commit()).isTrue();
    }
}
