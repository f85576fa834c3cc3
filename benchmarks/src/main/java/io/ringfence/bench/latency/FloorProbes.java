package io.ringfence.bench.latency;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.MessageHeaderEncoder;
import io.ringfence.codecs.sbe.NewOrderEncoder;
import io.ringfence.journal.audit.Durability;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalRollCycle;
import org.HdrHistogram.Histogram;
import org.agrona.IoUtil;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.YieldingIdleStrategy;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The physical floor under intent-to-wire, with the same bytes, rate and wait strategies as the
 * engine run: one Agrona ring hop (the intent's SBE bytes, a ManyToOneRingBuffer over a mapped file,
 * reader idling like the engine's ingress), one Chronicle Queue append ({@link InputJournal}, the
 * same record), one Disruptor hop (the engine's wait strategy), one loopback socket write+read (the
 * PLACE_ORDER frame the sink read, reader waiting like the sink). Hops are recorded from the
 * scheduled send time, like intent-to-wire; the append is its service time (it runs on the caller).
 * <p>
 * Limits, stated: the ring hop is between two threads of this JVM, not two processes (the cost is
 * the same cache-line transfer, not the same scheduling); the wait strategies copy the engine's
 * (package-private) {@code WaitStrategies} parameters.
 */
final class FloorProbes
{
    private static final long MAX_PARK_NS = TimeUnit.MICROSECONDS.toNanos(100);

    private final long intervalNs;
    private final int warmup;
    private final int samples;
    private final String idleStrategy;

    FloorProbes(final long ratePerSecond, final int warmup, final int samples, final String idleStrategy)
    {
        this.intervalNs = 1_000_000_000L / ratePerSecond;
        this.warmup = warmup;
        this.samples = samples;
        this.idleStrategy = idleStrategy;
    }

    static UnsafeBuffer intentBytes()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final NewOrderEncoder encoder = new NewOrderEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        StrategyMain.encode(encoder, 1, ScheduledKey.format(new StringBuilder(), 'M', System.nanoTime(), 1_000_000));
        return new UnsafeBuffer(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    Histogram chronicleAppend(final Path dir)
    {
        final UnsafeBuffer body = intentBytes();
        final Histogram histogram = newHistogram();
        try (InputJournal journal = InputJournal.open(dir, Durability.PROCESS, JournalRollCycle.DAILY))
        {
            final long startNs = System.nanoTime();
            for (int i = 0; i < warmup + samples; i++)
            {
                StrategyMain.awaitNs(startNs + i * intervalNs);
                final long t0 = System.nanoTime();
                journal.append(i, t0, InputKind.CLIENT_INTENT, 1, body, 0, body.capacity());
                journal.endOfBatch();
                final long t1 = System.nanoTime();
                if (i >= warmup)
                {
                    histogram.recordValue(t1 - t0);
                }
            }
        }
        return histogram;
    }

    Histogram agronaRingHop(final Path file) throws InterruptedException
    {
        final UnsafeBuffer intent = intentBytes();
        final int capacity = (1 << 20) + RingBufferDescriptor.TRAILER_LENGTH;
        final MappedByteBuffer mapped = IoUtil.mapNewFile(file.toFile(), capacity);
        try
        {
            final ManyToOneRingBuffer ring = new ManyToOneRingBuffer(new UnsafeBuffer(mapped));
            final Histogram histogram = newHistogram();
            final IdleStrategy idle = ingressIdle();
            final int total = warmup + samples;
            final Thread reader = new Thread(() ->
            {
                final int[] seen = new int[1];
                while (seen[0] < total)
                {
                    idle.idle(ring.read((msgTypeId, buffer, index, length) ->
                    {
                        final long latencyNs = System.nanoTime() - buffer.getLong(index + 8);
                        if (seen[0]++ >= warmup)
                        {
                            histogram.recordValue(Math.max(0, latencyNs));
                        }
                    }));
                }
            }, "floor-ring-reader");
            reader.start();
            final long startNs = System.nanoTime();
            for (int i = 0; i < total; i++)
            {
                final long scheduledNs = startNs + i * intervalNs;
                StrategyMain.awaitNs(scheduledNs);
                intent.putLong(8, scheduledNs);             // inside the NewOrder block: correlationId
                while (!ring.write(1, intent, 0, intent.capacity()))
                {
                    Thread.yield();
                }
            }
            reader.join(30_000);
            return histogram;
        }
        finally
        {
            IoUtil.unmap(mapped);
        }
    }

    Histogram disruptorHop() throws InterruptedException
    {
        final Histogram histogram = newHistogram();
        final int total = warmup + samples;
        final Disruptor<long[]> disruptor = new Disruptor<>(
            () -> new long[1], 4096, DaemonThreadFactory.INSTANCE, ProducerType.MULTI, pipelineWait());
        final long[] seen = new long[1];
        disruptor.handleEventsWith((event, sequence, endOfBatch) ->
        {
            final long latencyNs = System.nanoTime() - event[0];
            if (seen[0]++ >= warmup)
            {
                histogram.recordValue(Math.max(0, latencyNs));
            }
        });
        final RingBuffer<long[]> ring = disruptor.start();
        final long startNs = System.nanoTime();
        for (int i = 0; i < total; i++)
        {
            final long scheduledNs = startNs + i * intervalNs;
            StrategyMain.awaitNs(scheduledNs);
            final long sequence = ring.next();
            ring.get(sequence)[0] = scheduledNs;
            ring.publish(sequence);
        }
        disruptor.shutdown();
        return histogram;
    }

    Histogram loopbackSocket(final byte[] frame, final boolean spin) throws IOException, InterruptedException
    {
        final Histogram histogram = newHistogram();
        final int total = warmup + samples;
        try (ServerSocketChannel server = ServerSocketChannel.open()
            .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel writer = SocketChannel.open(server.getLocalAddress());
            SocketChannel reader = server.accept())
        {
            writer.setOption(StandardSocketOptions.TCP_NODELAY, true);
            reader.setOption(StandardSocketOptions.TCP_NODELAY, true);
            reader.configureBlocking(!spin);
            final Thread readerThread = new Thread(() -> readFrames(reader, frame.length, total, histogram),
                "floor-socket-reader");
            readerThread.start();
            final ByteBuffer out = ByteBuffer.allocateDirect(frame.length);
            final long startNs = System.nanoTime();
            for (int i = 0; i < total; i++)
            {
                final long scheduledNs = startNs + i * intervalNs;
                StrategyMain.awaitNs(scheduledNs);
                out.clear();
                out.put(frame).putLong(4, scheduledNs).flip();   // the same bytes, the first 8 of the payload stamped
                while (out.hasRemaining())
                {
                    writer.write(out);
                }
            }
            readerThread.join(30_000);
        }
        return histogram;
    }

    private void readFrames(final SocketChannel channel, final int frameLength, final int total, final Histogram histogram)
    {
        final ByteBuffer in = ByteBuffer.allocateDirect(frameLength * 64);
        int frames = 0;
        try
        {
            while (frames < total)
            {
                final int bytesRead = channel.read(in);
                if (bytesRead < 0)
                {
                    return;
                }
                if (0 == bytesRead)
                {
                    Thread.onSpinWait();
                    continue;
                }
                final long nowNs = System.nanoTime();
                in.flip();
                while (in.remaining() >= frameLength)
                {
                    final long latencyNs = nowNs - in.getLong(in.position() + 4);
                    if (frames++ >= warmup)
                    {
                        histogram.recordValue(Math.max(0, latencyNs));
                    }
                    in.position(in.position() + frameLength);
                }
                in.compact();
            }
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("floor socket read failed", ex);
        }
    }

    private WaitStrategy pipelineWait()
    {
        return switch (idleStrategy)
        {
            case "busy-spin" -> new BusySpinWaitStrategy();
            case "yield" -> new YieldingWaitStrategy();
            default -> new SleepingWaitStrategy(200, MAX_PARK_NS);
        };
    }

    private IdleStrategy ingressIdle()
    {
        return switch (idleStrategy)
        {
            case "busy-spin" -> new BusySpinIdleStrategy();
            case "yield" -> new YieldingIdleStrategy();
            default -> new BackoffIdleStrategy(100, 10, 1_000, MAX_PARK_NS);
        };
    }

    private static Histogram newHistogram()
    {
        return new Histogram(WireSink.HIGHEST_TRACKABLE_NS, 3);
    }
}
