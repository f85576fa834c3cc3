package io.ringfence.bench.tws;

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
 * Baselines for {@link TwsCodecBenchmark#placeOrderEncode()}: the same order as a FIX 4.4
 * NewOrderSingle, encoded by Artio's generated encoder (best-in-class ASCII, flyweight, 0 B/op) and by
 * QuickFIX/J (the common baseline: a message object built per order, rendered with {@code toString}).
 * Both write the full message: header (sequence number, sending time), body, length and checksum.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED")
public class FixNewOrderSingleBenchmark
{
    private final FixOrderEncoders.Artio artio = new FixOrderEncoders.Artio();
    private final FixOrderEncoders.QuickFixJ quickFixJ = new FixOrderEncoders.QuickFixJ();
    private int sequenceNumber;

    @Setup(Level.Trial)
    public void setUp()
    {
        sequenceNumber = 1;
    }

    /**
     * @return message length in bytes.
     */
    @Benchmark
    public int artioNewOrderSingleEncode()
    {
        return artio.encode(++sequenceNumber);
    }

    /**
     * @return message length in bytes.
     */
    @Benchmark
    public int quickFixJNewOrderSingleEncode()
    {
        return quickFixJ.encode(++sequenceNumber);
    }
}
