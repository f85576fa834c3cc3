package io.ringfence.bench.latency;

import io.ringfence.bench.BenchmarkFlags;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The strategy process of the harness (its own JVM): publishes {@code warmup} then {@code measure}
 * NewOrder intents at a fixed rate, intent {@code i} scheduled at {@code start + i * interval}
 * whether or not the previous one was late, with the scheduled time in the idempotency key. Waits
 * by parking while more than {@link #SPIN_WINDOW_NS} ahead, then yielding (2 cores: a pure spin
 * would take a core from the engine). A full ring is retried; the retry is late and counted, and
 * the lateness is part of the measurement (it is measured from the schedule).
 * <p>
 * Rate 0 publishes as fast as the ring takes intents (throughput runs): each key then carries its
 * publish time, and a full ring is retried after a yield.
 * <p>
 * Args: {@code runDir clientName ratePerSecond warmupCount measureCount}. Prints one summary line.
 */
public final class StrategyMain
{
    static final long SPIN_WINDOW_NS = 80_000;
    static final String ACCOUNT = "DU8730189";
    private static final String[] JVM_FLAGS = {
        BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_REF, BenchmarkFlags.ADD_EXPORTS_UTIL,
        BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG, BenchmarkFlags.ADD_OPENS_REFLECT,
        BenchmarkFlags.ANALYTICS_OFF, BenchmarkFlags.DISK_MONITOR_OFF, "-Xms256m" };

    private StrategyMain()
    {
    }

    public static void main(final String[] args)
    {
        final Path runDir = Path.of(args[0]);
        final String clientName = args[1];
        final long ratePerSecond = Long.parseLong(args[2]);
        final long warmup = Long.parseLong(args[3]);
        final long measure = Long.parseLong(args[4]);
        final boolean unpaced = 0 == ratePerSecond;
        final long intervalNs = unpaced ? 0 : 1_000_000_000L / ratePerSecond;
        final StringBuilder key = new StringBuilder(32);

        long ringFull = 0;
        long maxLateNs = 0;
        try (RingfenceClient client = RingfenceClient.connect(runDir, clientName))
        {
            final long startNs = System.nanoTime() + 10_000_000L;
            final long total = warmup + measure;
            for (long i = 0; i < total; i++)
            {
                final long scheduledNs = unpaced ? System.nanoTime() : startNs + i * intervalNs;
                awaitNs(scheduledNs);
                final char kind = i < warmup ? ScheduledKey.WARMUP : ScheduledKey.MEASURE;
                while (true)
                {
                    encode(client.newOrder(), i, ScheduledKey.format(key, kind, scheduledNs, i));
                    if (client.commit())
                    {
                        break;
                    }
                    ringFull++;
                    Thread.yield();
                }
                maxLateNs = Math.max(maxLateNs, System.nanoTime() - scheduledNs);
            }
        }
        System.out.println("strategy: published=" + (warmup + measure) + " ratePerSecond=" + ratePerSecond +
            " ringFullRetries=" + ringFull + " maxPublishLateUs=" + maxLateNs / 1000);
    }

    /**
     * Start the strategy as client {@code demo} in a JVM of its own, on this JVM's class path, with
     * its output in {@code log}.
     */
    static Process start(final Path runDir, final long ratePerSecond, final long warmup, final long measure, final Path log)
        throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JVM_FLAGS));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StrategyMain.class.getName(),
            runDir.toString(), "demo", Long.toString(ratePerSecond), Long.toString(warmup), Long.toString(measure)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static NewOrderEncoder encode(final NewOrderEncoder encoder, final long correlationId, final CharSequence key)
    {
        return encoder
            .correlationId(correlationId)
            .mode(TradingMode.PAPER)
            .side(Side.BUY)
            .orderType(OrderType.MARKET)
            .timeInForce(TimeInForce.DAY)
            .outsideRth(BooleanType.TRUE)
            .quantity(1)
            .limitPrice(Price.NULL)
            .stopPrice(Price.NULL)
            .account(ACCOUNT)
            .symbol("AAPL")
            .idempotencyKey(key);
    }

    static void awaitNs(final long deadlineNs)
    {
        long remainingNs;
        while ((remainingNs = deadlineNs - System.nanoTime()) > 0)
        {
            if (remainingNs > SPIN_WINDOW_NS)
            {
                LockSupport.parkNanos(remainingNs - SPIN_WINDOW_NS);
            }
            else
            {
                Thread.yield();
            }
        }
    }
}
