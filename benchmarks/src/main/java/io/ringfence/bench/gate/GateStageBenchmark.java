package io.ringfence.bench.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.gate.Gates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The gate stage on an order every gate accepts: decode, gates 1–8 with the collar on a fresh
 * reference price, the rate limiter and the duplicate window recording it. Time moves 2 ms per
 * order (under the rate limit). Run with {@code -prof gc}: {@code gc.alloc.rate.norm} ≈ 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    GateStageBenchmark.ADD_EXPORTS_MISC, GateStageBenchmark.ADD_EXPORTS_NIO, GateStageBenchmark.ADD_OPENS_LANG,
    GateStageBenchmark.ADD_OPENS_REFLECT, GateStageBenchmark.ANALYTICS_OFF})
public class GateStageBenchmark
{
    // Copied from io.ringfence.bench.BenchmarkFlags (package-private there).
    static final String ADD_EXPORTS_MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
    static final String ADD_EXPORTS_NIO = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String ADD_OPENS_LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    static final String ADD_OPENS_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    static final String ANALYTICS_OFF = "-Dchronicle.analytics.disable=true";

    private static final long STEP_NS = 2_000_000L;
    private static final String CONFIG = """
        [accounts]
        paper = ["DU8730189"]
        [risk]
        price_collar_percent = 5
        reference_max_age_ms = 86400000
        max_orders_per_second = 1000
        duplicate_window_ms = 1000
        restricted_symbols = ["GME"]
        [[clients]]
        name = "bench"
        scopes = ["orders:paper:submit"]
        accounts = ["DU8730189"]
        """;

    private GateStage stage;
    private InboundEvent order;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp()
    {
        final RingfenceConfig config = ConfigLoader.parse(CONFIG);
        stage = new GateStage(new Gates(config));
        stage.onEvent(BrokerFrames.connected(1), 0, true);
        stage.onEvent(BrokerFrames.execution(2, 100, "e1", 1, "190.00"), 1, true);
        order = Intents.newOrder(0, 10, o -> o.orderType(OrderType.LIMIT).limitPrice(Price.parse("190.10")));
        sequence = 2;
    }

    @Benchmark
    public Object acceptedOrder()
    {
        order.timestampNs += STEP_NS;
        stage.onEvent(order, sequence++, true);
        if (order.refusal != null)
        {
            throw new IllegalStateException("refused: " + order.refusal);
        }
        return order.refusal;
    }
}
