package io.ringfence.bench.hop;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One hand-off to another thread and back to seeing it consumed: the benchmark thread publishes one
 * item and spins until the consumer thread has taken it. {@code busy-spin}: the consumer spins
 * (Disruptor {@code BusySpinWaitStrategy}; queue {@code poll} in a loop); {@code blocking}: it
 * parks (Disruptor {@code BlockingWaitStrategy}; queue {@code take}). Two busy threads on this
 * 2-core machine is the most it can hold. The queue's blocking wait allocates (a condition node
 * per park): that baseline is allow-listed by the allocation gate.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HopBenchmark
{
    private static final int RING_SIZE = 1024;

    public static class LongEvent
    {
        long value;
    }

    @State(Scope.Benchmark)
    public static class DisruptorHop
    {
        @Param({ "busy-spin", "blocking" })
        public String wait;

        final AtomicLong consumed = new AtomicLong(-1);
        Disruptor<LongEvent> disruptor;
        RingBuffer<LongEvent> ring;

        @Setup(Level.Trial)
        public void setUp()
        {
            disruptor = new Disruptor<>(LongEvent::new, RING_SIZE, Thread::new, ProducerType.SINGLE,
                "busy-spin".equals(wait) ? new BusySpinWaitStrategy() : new BlockingWaitStrategy());
            disruptor.handleEventsWith((event, sequence, endOfBatch) -> consumed.lazySet(event.value));
            ring = disruptor.start();
        }

        @TearDown(Level.Trial)
        public void tearDown()
        {
            disruptor.halt();
        }
    }

    @State(Scope.Benchmark)
    public static class QueueHop
    {
        private static final Object TOKEN = new Object();

        @Param({ "busy-spin", "blocking" })
        public String wait;

        final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(RING_SIZE);
        final AtomicLong consumed = new AtomicLong();
        long produced;
        volatile boolean running = true;
        Thread consumer;

        @Setup(Level.Trial)
        public void setUp()
        {
            final boolean spin = "busy-spin".equals(wait);
            consumer = new Thread(() ->
            {
                try
                {
                    while (running)
                    {
                        final Object item = spin ? queue.poll() : queue.poll(100, TimeUnit.MILLISECONDS);
                        if (null != item)
                        {
                            consumed.lazySet(consumed.get() + 1);
                        }
                    }
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
            }, "queue-consumer");
            consumer.setDaemon(true);
            consumer.start();
        }

        void put() throws InterruptedException
        {
            queue.put(TOKEN);
            produced++;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException
        {
            running = false;
            consumer.join(1_000);
        }
    }

    @Benchmark
    public long disruptorHop(final DisruptorHop hop)
    {
        final long sequence = hop.ring.next();
        hop.ring.get(sequence).value = sequence;
        hop.ring.publish(sequence);
        while (hop.consumed.get() < sequence)
        {
            Thread.onSpinWait();
        }
        return sequence;
    }

    @Benchmark
    public long arrayBlockingQueueHop(final QueueHop hop) throws InterruptedException
    {
        hop.put();
        while (hop.consumed.get() < hop.produced)
        {
            Thread.onSpinWait();
        }
        return hop.produced;
    }
}
