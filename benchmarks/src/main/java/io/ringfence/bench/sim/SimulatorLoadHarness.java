package io.ringfence.bench.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.StartApiEncoder;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.YieldingIdleStrategy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One client drives the paper gateway at a fixed request rate over loopback with the rate limit off:
 * first 200 resting GTC limit orders over 20 symbols, then, at {@code rate} messages a second for
 * {@code seconds}, modifications of those orders (same id PLACE_ORDER with a new, still resting price), so
 * the gateway holds 200 open orders throughout and answers each request with OPEN_ORDER + ORDER_STATUS.
 * <p>
 * Latency is from a request's scheduled send time to the ORDER_STATUS that answers it (coordinated
 * omission corrected); throughput is answers received over the run.
 * <pre>
 * java --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED \
 *     -cp benchmarks/target/benchmarks.jar io.ringfence.bench.sim.SimulatorLoadHarness [rate] [seconds] [yield]
 * </pre>
 * {@code yield} runs the gateway thread with a yielding idle strategy instead of the default back-off
 * (which parks up to 1 ms when idle, and so adds up to 1 ms to a request arriving at an idle gateway).
 * <pre>
 * </pre>
 */
public final class SimulatorLoadHarness
{
    private static final int SYMBOLS = 20;
    private static final int OPEN_ORDERS = 200;
    private static final int CLIENT_ID = 1;
    private static final int SERVER_VERSION = 193;
    private static final String ACCOUNT = "DU8730189";
    private static final int ORDER_STATUS = 3;
    private static final long PARK_THRESHOLD_NS = TimeUnit.MICROSECONDS.toNanos(60);

    private SimulatorLoadHarness()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final int rate = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        final int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        final int warmupSeconds = Math.max(1, seconds / 4);

        final SimulatorContext ctx = new SimulatorContext().port(0).maxMessagesPerSecond(0).clearInstruments();
        if (args.length > 2 && "yield".equals(args[2]))
        {
            ctx.idleStrategy(new YieldingIdleStrategy());
        }
        for (int i = 0; i < SYMBOLS; i++)
        {
            ctx.instrument(symbol(i), 1_000 + i, "100.00");
        }

        try (PaperGateway gateway = PaperGateway.launch(ctx);
            Socket socket = new Socket("127.0.0.1", gateway.port()))
        {
            socket.setTcpNoDelay(true);
            final OutputStream out = socket.getOutputStream();
            final DataInputStream in = new DataInputStream(socket.getInputStream());
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[PlaceOrderEncoder.MAX_FRAME_LENGTH_BYTES]);
            out.write(buffer.byteArray(), 0, new HandshakeEncoder().encodeClientHello(buffer, 0));
            readFrame(in);
            out.write(buffer.byteArray(), 0, new StartApiEncoder().encode(buffer, 0, CLIENT_ID, ""));
            out.flush();

            final long[] sentAtNs = new long[OPEN_ORDERS + 1];
            final Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
            final AtomicLong answered = new AtomicLong();
            final AtomicLong measureFromNs = new AtomicLong(Long.MAX_VALUE);
            final Thread reader = new Thread(() -> readAnswers(in, sentAtNs, histogram, answered, measureFromNs),
                "sim-load-reader");
            reader.setDaemon(true);
            reader.start();

            final PlaceOrderEncoder encoder = new PlaceOrderEncoder();
            final TwsOrder order = new TwsOrder();
            for (int id = 1; id <= OPEN_ORDERS; id++)
            {
                send(out, buffer, encoder, order, id, Price.parse("50.00"));
            }
            out.flush();
            while (gateway.liveOrderCount() < OPEN_ORDERS)
            {
                Thread.sleep(1);
            }

            final long intervalNs = TimeUnit.SECONDS.toNanos(1) / rate;
            final long total = (long)rate * (warmupSeconds + seconds);
            final long warmupMessages = (long)rate * warmupSeconds;
            final long startNs = System.nanoTime();
            long answeredAtMeasureStart = 0;
            long measureStartNs = 0;
            for (long i = 0; i < total; i++)
            {
                final long scheduledNs = startNs + i * intervalNs;
                if (i == warmupMessages)
                {
                    answeredAtMeasureStart = answered.get();
                    measureStartNs = scheduledNs;
                    measureFromNs.set(scheduledNs);
                }
                long waitNs;
                while ((waitNs = scheduledNs - System.nanoTime()) > 0)
                {
                    if (waitNs > PARK_THRESHOLD_NS)
                    {
                        LockSupport.parkNanos(waitNs - PARK_THRESHOLD_NS);
                    }
                    else
                    {
                        Thread.onSpinWait();
                    }
                }
                final int id = 1 + (int)(i % OPEN_ORDERS);
                sentAtNs[id] = scheduledNs;
                send(out, buffer, encoder, order, id, Price.parse("50.00") + (i % 100) * (Price.SCALE / 100));
                out.flush();
            }
            final long endNs = startNs + total * intervalNs;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));

            final long measured = answered.get() - answeredAtMeasureStart;
            final double elapsedS = (endNs - measureStartNs) / 1e9;
            synchronized (histogram)
            {
                System.out.printf("paper gateway: %d open orders over %d symbols, target %,d msgs/s for %d s " +
                    "(after %d s warm-up)%n", gateway.liveOrderCount(), SYMBOLS, rate, seconds, warmupSeconds);
                System.out.printf("sustained: %,.0f answered msgs/s (%,d answers)%n", measured / elapsedS, measured);
                System.out.printf("latency request -> ORDER_STATUS (us): p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  " +
                    "max %.1f%n",
                    histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(90) / 1e3,
                    histogram.getValueAtPercentile(99) / 1e3, histogram.getValueAtPercentile(99.9) / 1e3,
                    histogram.getMaxValue() / 1e3);
                System.out.printf("gateway errors: %d%n", gateway.errorCount());
            }
        }
    }

    private static void send(
        final OutputStream out,
        final UnsafeBuffer buffer,
        final PlaceOrderEncoder encoder,
        final TwsOrder order,
        final int id,
        final long limitPrice) throws IOException
    {
        order.reset()
            .orderId(id)
            .side(Side.BUY)
            .totalQuantity(10)
            .orderType(OrderType.LIMIT)
            .limitPrice(limitPrice)
            .timeInForce(TimeInForce.GTC);
        order.account().set(ACCOUNT);
        order.symbol().set(symbol(id % SYMBOLS));
        out.write(buffer.byteArray(), 0, encoder.encode(buffer, 0, SERVER_VERSION, order));
    }

    private static void readAnswers(
        final DataInputStream in,
        final long[] sentAtNs,
        final Histogram histogram,
        final AtomicLong answered,
        final AtomicLong measureFromNs)
    {
        try
        {
            while (true)
            {
                final byte[] frame = readFrame(in);
                if (fieldInt(frame, 0) == ORDER_STATUS)
                {
                    final long nowNs = System.nanoTime();
                    final int orderId = fieldInt(frame, 1);
                    answered.incrementAndGet();
                    final long sentNs = orderId > 0 && orderId < sentAtNs.length ? sentAtNs[orderId] : 0;
                    if (sentNs >= measureFromNs.get())
                    {
                        synchronized (histogram)
                        {
                            histogram.recordValue(Math.min(nowNs - sentNs, histogram.getHighestTrackableValue()));
                        }
                    }
                }
            }
        }
        catch (final IOException ex)
        {
            // socket closed at the end of the run
        }
    }

    private static byte[] readFrame(final DataInputStream in) throws IOException
    {
        final int length = in.readInt();
        final byte[] frame = new byte[length];
        in.readFully(frame);
        return frame;
    }

    private static int fieldInt(final byte[] frame, final int fieldIndex)
    {
        int field = 0;
        int value = 0;
        boolean negative = false;
        for (final byte b : frame)
        {
            if (0 == b)
            {
                if (field == fieldIndex)
                {
                    return negative ? -value : value;
                }
                field++;
                value = 0;
                negative = false;
            }
            else if (field == fieldIndex)
            {
                if ('-' == b)
                {
                    negative = true;
                }
                else
                {
                    value = value * 10 + (b - '0');
                }
            }
        }
        return -1;
    }

    private static String symbol(final int index)
    {
        return "SYM" + index;
    }
}
