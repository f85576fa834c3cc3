package io.ringfence.bench;

import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The deterministic stages (gates, idempotency, order book) on the steady-state paths that
 * must not allocate: a retried order (gate + idempotency replay + receipt encode) and a broker
 * ORDER_STATUS for a working order. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} ≈ 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    BenchmarkFlags.ADD_EXPORTS_MISC, BenchmarkFlags.ADD_EXPORTS_NIO, BenchmarkFlags.ADD_OPENS_LANG,
    BenchmarkFlags.ADD_OPENS_REFLECT, BenchmarkFlags.ANALYTICS_OFF})
public class DecisionStateBenchmark
{
    private DecisionState stages;
    private InboundEvent retry;
    private InboundEvent status;

    @Setup(Level.Trial)
    public void setUp()
    {
        stages = new DecisionState(ConfigLoader.loadDefault());
        stages.apply(BrokerFrames.connected(1));
        stages.apply(BrokerFrames.nextValidId(2, 100));
        stages.apply(Intents.newOrder(0, 3, o -> { }));
        retry = Intents.newOrder(0, 4, o -> o.correlationId(9));
        status = BrokerFrames.orderStatus(5, 100, TwsOrderStatus.SUBMITTED, 0, 10);
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        stages.close();
    }

    @Benchmark
    public int retriedOrder()
    {
        retry.egressLength = 0;
        return stages.apply(retry).egressLength;
    }

    @Benchmark
    public int brokerStatus()
    {
        status.egressLength = 0;
        return stages.apply(status).egressLength;
    }
}
