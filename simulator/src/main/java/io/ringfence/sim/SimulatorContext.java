package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.sim.market.Instrument;
import io.ringfence.sim.market.QuoteBook;
import io.ringfence.sim.market.QuoteReplay;
import io.ringfence.sim.market.TradingHours;
import io.ringfence.sim.order.CommissionSchedule;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SystemEpochClock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Configuration of a {@link PaperGateway}: fluent setters, {@link #conclude()} to check it, and
 * {@link #toString()} to log it. Every setting has a default, so {@code new SimulatorContext()} is a
 * working paper gateway on 127.0.0.1:4002 with two paper accounts and ten US stocks. A context configures
 * one gateway (its idle strategy is that gateway's thread's).
 */
public final class SimulatorContext
{
    public static final int DEFAULT_PORT = 4002;
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final List<String> DEFAULT_ACCOUNTS = List.of("DU8730189", "DUP203550");
    public static final long DEFAULT_INITIAL_CASH = Price.ofUnits(1_000_000);
    public static final int DEFAULT_NEXT_VALID_ORDER_ID = 1;
    public static final long DEFAULT_FIRST_PERM_ID = 1_000_000_001L;
    public static final long DEFAULT_QUOTE_SEED = 42;
    public static final int DEFAULT_SPREAD_TICKS = 2;
    public static final int DEFAULT_WALK_TICKS = 0;
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/New_York");
    public static final long DEFAULT_DISPLAY_SIZE = QuoteBook.DEFAULT_DISPLAY_SIZE;
    public static final long DEFAULT_STALE_QUOTE_MS = 0;
    public static final CommissionSchedule DEFAULT_COMMISSIONS = CommissionSchedule.IB_FIXED;
    public static final int DEFAULT_MAX_MESSAGES_PER_SECOND = 50;
    public static final long DEFAULT_HISTORY_INTERVAL_MS = 60_000;
    public static final int DEFAULT_HISTORY_CAPACITY = 10_000;

    private int port = DEFAULT_PORT;
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private List<String> accounts = DEFAULT_ACCOUNTS;
    private long initialCash = DEFAULT_INITIAL_CASH;
    private int nextValidOrderId = DEFAULT_NEXT_VALID_ORDER_ID;
    private long firstPermId = DEFAULT_FIRST_PERM_ID;
    private long quoteSeed = DEFAULT_QUOTE_SEED;
    private int spreadTicks = DEFAULT_SPREAD_TICKS;
    private int walkTicks = DEFAULT_WALK_TICKS;
    private final LinkedHashMap<String, Instrument> instruments = new LinkedHashMap<>();
    private ZoneId timeZone = DEFAULT_TIME_ZONE;
    private EpochClock epochClock = SystemEpochClock.INSTANCE;
    private IdleStrategy idleStrategy;
    private boolean regularTradingHours;
    private long displaySize = DEFAULT_DISPLAY_SIZE;
    private long staleQuoteMs = DEFAULT_STALE_QUOTE_MS;
    private CommissionSchedule commissions = DEFAULT_COMMISSIONS;
    private int maxMessagesPerSecond = DEFAULT_MAX_MESSAGES_PER_SECOND;
    private int controlPort = -1;
    private TradingHours tradingHours;
    private Path quotesFile;
    private QuoteReplay quoteReplay;
    private long historyIntervalMs = DEFAULT_HISTORY_INTERVAL_MS;
    private int historyCapacity = DEFAULT_HISTORY_CAPACITY;

    public SimulatorContext()
    {
        instrument("AAPL", 265598, "190.00");
        instrument("MSFT", 272093, "420.00");
        instrument("SPY", 756733, "500.00");
        instrument("QQQ", 320227571, "430.00");
        instrument("IWM", 9579970, "200.00");
        instrument("NVDA", 4815747, "120.00");
        instrument("AMZN", 3691937, "180.00");
        instrument("GOOGL", 208813719, "170.00");
        instrument("META", 107113386, "500.00");
        instrument("TSLA", 76792991, "250.00");
    }

    /**
     * Check every setting and fill what is derived.
     *
     * @return this for a fluent interface.
     * @throws IllegalArgumentException naming the setting and what it allows.
     */
    public SimulatorContext conclude()
    {
        require(port >= 0 && port <= 65_535, "port must be 0..65535 (0 = ephemeral): " + port);
        require(isLoopback(bindAddress), "bindAddress must be a loopback address: " + bindAddress);
        require(!accounts.isEmpty(), "accounts must name at least one account");
        require(nextValidOrderId > 0, "nextValidOrderId must be > 0: " + nextValidOrderId);
        require(firstPermId > 0, "firstPermId must be > 0: " + firstPermId);
        require(initialCash >= 0 && Price.isSet(initialCash), "initialCash must be >= 0: " + initialCash);
        require(spreadTicks >= 1, "spreadTicks must be >= 1: " + spreadTicks);
        require(walkTicks >= 0, "walkTicks must be >= 0 (0 = static quotes): " + walkTicks);
        require(!instruments.isEmpty(), "instruments must name at least one symbol");
        require(displaySize >= 1, "displaySize must be >= 1 share: " + displaySize);
        require(staleQuoteMs >= 0, "staleQuoteMs must be >= 0 (0 = quotes never go stale): " + staleQuoteMs);
        require(null != commissions, "commissions must be set (CommissionSchedule.FREE for none)");
        require(maxMessagesPerSecond >= 0, "maxMessagesPerSecond must be >= 0 (0 = no limit): " + maxMessagesPerSecond);
        require(controlPort >= -1 && controlPort <= 65_535,
            "controlPort must be -1 (off), 0 (ephemeral) or a port: " + controlPort);
        require(historyIntervalMs >= 0, "historyIntervalMs must be >= 0 (0 = sample on fills and resets only): " +
            historyIntervalMs);
        require(historyCapacity >= 1, "historyCapacity must be >= 1 sample per account: " + historyCapacity);
        require(null == quotesFile || 0 == walkTicks,
            "quotesFile and walkTicks are alternatives: replay a file with walkTicks 0, or walk without a file");
        if (null == quotesFile)
        {
            quoteReplay = null;
        }
        else if (null == quoteReplay || !quoteReplay.source().equals(quotesFile.toString()))
        {
            quoteReplay = QuoteReplay.load(quotesFile, instruments());
        }
        tradingHours = regularTradingHours ? TradingHours.regular(timeZone) : TradingHours.alwaysOpen(timeZone);
        if (null == idleStrategy)
        {
            idleStrategy = new BackoffIdleStrategy(10, 10, TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(1));
        }
        return this;
    }

    /**
     * @param port TCP port, 0 for an ephemeral one ({@link PaperGateway#port()} tells which).
     * @return this for a fluent interface.
     */
    public SimulatorContext port(final int port)
    {
        this.port = port;
        return this;
    }

    public int port()
    {
        return port;
    }

    /**
     * @param bindAddress a loopback address; the simulator never listens on a network interface.
     * @return this for a fluent interface.
     */
    public SimulatorContext bindAddress(final String bindAddress)
    {
        this.bindAddress = bindAddress;
        return this;
    }

    public String bindAddress()
    {
        return bindAddress;
    }

    /**
     * @param accounts the managed accounts, reported in MANAGED_ACCTS in this order.
     * @return this for a fluent interface.
     */
    public SimulatorContext accounts(final List<String> accounts)
    {
        this.accounts = List.copyOf(accounts);
        return this;
    }

    public List<String> accounts()
    {
        return accounts;
    }

    /**
     * @param initialCash starting cash of every account at scale 10<sup>-8</sup>.
     * @return this for a fluent interface.
     */
    public SimulatorContext initialCash(final long initialCash)
    {
        this.initialCash = initialCash;
        return this;
    }

    public long initialCash()
    {
        return initialCash;
    }

    /**
     * @param nextValidOrderId the lowest NEXT_VALID_ID the gateway sends; later ones are above every id used.
     * @return this for a fluent interface.
     */
    public SimulatorContext nextValidOrderId(final int nextValidOrderId)
    {
        this.nextValidOrderId = nextValidOrderId;
        return this;
    }

    public int nextValidOrderId()
    {
        return nextValidOrderId;
    }

    /**
     * @param firstPermId permId of the first order; later orders count up from it.
     * @return this for a fluent interface.
     */
    public SimulatorContext firstPermId(final long firstPermId)
    {
        this.firstPermId = firstPermId;
        return this;
    }

    public long firstPermId()
    {
        return firstPermId;
    }

    /**
     * @param quoteSeed seed of the quote random walk.
     * @return this for a fluent interface.
     */
    public SimulatorContext quoteSeed(final long quoteSeed)
    {
        this.quoteSeed = quoteSeed;
        return this;
    }

    public long quoteSeed()
    {
        return quoteSeed;
    }

    /**
     * @param spreadTicks ask − bid in cents.
     * @return this for a fluent interface.
     */
    public SimulatorContext spreadTicks(final int spreadTicks)
    {
        this.spreadTicks = spreadTicks;
        return this;
    }

    public int spreadTicks()
    {
        return spreadTicks;
    }

    /**
     * @param walkTicks largest move of a mid in cents per order event; 0 keeps quotes static.
     * @return this for a fluent interface.
     */
    public SimulatorContext walkTicks(final int walkTicks)
    {
        this.walkTicks = walkTicks;
        return this;
    }

    public int walkTicks()
    {
        return walkTicks;
    }

    /**
     * Add or replace a tradable symbol.
     *
     * @param symbol         ticker.
     * @param conId          contract id reported in executions.
     * @param referencePrice opening mid price as decimal text, e.g. {@code "190.00"}.
     * @return this for a fluent interface.
     */
    public SimulatorContext instrument(final String symbol, final int conId, final String referencePrice)
    {
        instruments.put(symbol, new Instrument(symbol, conId, Price.parse(referencePrice)));
        return this;
    }

    /**
     * Remove every symbol, including the defaults.
     *
     * @return this for a fluent interface.
     */
    public SimulatorContext clearInstruments()
    {
        instruments.clear();
        return this;
    }

    /**
     * @return the tradable instruments in the order they were added.
     */
    public List<Instrument> instruments()
    {
        return new ArrayList<>(instruments.values());
    }

    /**
     * @param timeZone zone of the connection time and execution times sent to clients.
     * @return this for a fluent interface.
     */
    public SimulatorContext timeZone(final ZoneId timeZone)
    {
        this.timeZone = timeZone;
        return this;
    }

    public ZoneId timeZone()
    {
        return timeZone;
    }

    /**
     * @param epochClock read once per duty cycle; a {@code CachedEpochClock} makes times deterministic.
     * @return this for a fluent interface.
     */
    public SimulatorContext epochClock(final EpochClock epochClock)
    {
        this.epochClock = epochClock;
        return this;
    }

    public EpochClock epochClock()
    {
        return epochClock;
    }

    /**
     * @param idleStrategy how the gateway thread waits when idle; default backs off to 1 ms parks.
     * @return this for a fluent interface.
     */
    public SimulatorContext idleStrategy(final IdleStrategy idleStrategy)
    {
        this.idleStrategy = idleStrategy;
        return this;
    }

    public IdleStrategy idleStrategy()
    {
        return idleStrategy;
    }

    /**
     * @param regularTradingHours true: orders without {@code outsideRth} fill only 09:30–16:00 on weekdays in
     *                            {@link #timeZone()} and DAY orders expire at 16:00; false (the default):
     *                            the market never closes and DAY orders expire at midnight.
     * @return this for a fluent interface.
     */
    public SimulatorContext regularTradingHours(final boolean regularTradingHours)
    {
        this.regularTradingHours = regularTradingHours;
        return this;
    }

    public boolean regularTradingHours()
    {
        return regularTradingHours;
    }

    /**
     * @return the session calendar, derived by {@link #conclude()}.
     */
    public TradingHours tradingHours()
    {
        return tradingHours;
    }

    /**
     * @param displaySize shares displayed on each side of every quote after each update; an order larger
     *                    than what is displayed fills partially.
     * @return this for a fluent interface.
     */
    public SimulatorContext displaySize(final long displaySize)
    {
        this.displaySize = displaySize;
        return this;
    }

    public long displaySize()
    {
        return displaySize;
    }

    /**
     * @param staleQuoteMs a quote not updated for longer is not traded; 0 (default) = never stale.
     * @return this for a fluent interface.
     */
    public SimulatorContext staleQuoteMs(final long staleQuoteMs)
    {
        this.staleQuoteMs = staleQuoteMs;
        return this;
    }

    public long staleQuoteMs()
    {
        return staleQuoteMs;
    }

    /**
     * @param commissions per-share rate and per-order minimum; default IB fixed (0.005, min 1.00).
     * @return this for a fluent interface.
     */
    public SimulatorContext commissions(final CommissionSchedule commissions)
    {
        this.commissions = commissions;
        return this;
    }

    public CommissionSchedule commissions()
    {
        return commissions;
    }

    /**
     * @param maxMessagesPerSecond requests one client may send per second; one more gets error 100 and the
     *                             connection is closed, as IB Gateway does. 0 = no limit. Default 50.
     * @return this for a fluent interface.
     */
    public SimulatorContext maxMessagesPerSecond(final int maxMessagesPerSecond)
    {
        this.maxMessagesPerSecond = maxMessagesPerSecond;
        return this;
    }

    public int maxMessagesPerSecond()
    {
        return maxMessagesPerSecond;
    }

    /**
     * @param controlPort loopback port of the line-based admin interface (faults, quotes, resets);
     *                    -1 (default) = none, 0 = ephemeral ({@link PaperGateway#controlPort()} tells which).
     * @return this for a fluent interface.
     */
    public SimulatorContext controlPort(final int controlPort)
    {
        this.controlPort = controlPort;
        return this;
    }

    public int controlPort()
    {
        return controlPort;
    }

    /**
     * @param quotesFile a CSV of {@code timestamp,symbol,bid,ask,bid_size,ask_size} replayed on the
     *                   simulator's clock instead of the random walk (see {@link QuoteReplay#load}), or null
     *                   (the default) for the walk. Read and checked by {@link #conclude()}, whose error
     *                   names the line and column of the first bad value.
     * @return this for a fluent interface.
     */
    public SimulatorContext quotesFile(final Path quotesFile)
    {
        this.quotesFile = quotesFile;
        return this;
    }

    public Path quotesFile()
    {
        return quotesFile;
    }

    /**
     * @return the replay read from {@link #quotesFile()} by {@link #conclude()}, or null when quotes walk.
     */
    public QuoteReplay quoteReplay()
    {
        return quoteReplay;
    }

    /**
     * @param historyIntervalMs simulator-clock time between portfolio samples of every account (besides
     *                          those taken on each fill and reset); 0 = on fills and resets only. Default
     *                          60 000.
     * @return this for a fluent interface.
     */
    public SimulatorContext historyIntervalMs(final long historyIntervalMs)
    {
        this.historyIntervalMs = historyIntervalMs;
        return this;
    }

    public long historyIntervalMs()
    {
        return historyIntervalMs;
    }

    /**
     * @param historyCapacity portfolio samples kept per account, preallocated; the oldest make way once
     *                        full. Default 10 000.
     * @return this for a fluent interface.
     */
    public SimulatorContext historyCapacity(final int historyCapacity)
    {
        this.historyCapacity = historyCapacity;
        return this;
    }

    public int historyCapacity()
    {
        return historyCapacity;
    }

    @Override
    public String toString()
    {
        return "SimulatorContext{" +
            "port=" + port +
            ", bindAddress=" + bindAddress +
            ", accounts=" + accounts +
            ", initialCash=" + Price.toString(initialCash) +
            ", nextValidOrderId=" + nextValidOrderId +
            ", firstPermId=" + firstPermId +
            ", quoteSeed=" + quoteSeed +
            ", spreadTicks=" + spreadTicks +
            ", walkTicks=" + walkTicks +
            ", instruments=" + instruments.values() +
            ", timeZone=" + timeZone +
            ", regularTradingHours=" + regularTradingHours +
            ", displaySize=" + displaySize +
            ", staleQuoteMs=" + staleQuoteMs +
            ", commissions=" + commissions +
            ", maxMessagesPerSecond=" + maxMessagesPerSecond +
            ", controlPort=" + controlPort +
            ", quotes=" + (null == quoteReplay ? (null == quotesFile ? "walk" : quotesFile) : quoteReplay) +
            ", historyIntervalMs=" + historyIntervalMs +
            ", historyCapacity=" + historyCapacity +
            ", epochClock=" + epochClock.getClass().getSimpleName() +
            ", idleStrategy=" + (null == idleStrategy ? "default" : idleStrategy.getClass().getSimpleName()) +
            '}';
    }

    private static boolean isLoopback(final String address)
    {
        try
        {
            return null != address && InetAddress.getByName(address).isLoopbackAddress();
        }
        catch (final UnknownHostException ex)
        {
            return false;
        }
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
