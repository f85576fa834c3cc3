package io.ringfence.engine;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.PositionReportDecoder;
import io.ringfence.codecs.sbe.QueryEndDecoder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a client's egress events as readable lines, in the format of {@link ClientEventLog},
 * and waits for a line that matches.
 */
public final class EventRecorder implements ClientEventHandler
{
    private final RingfenceClient client;
    private final List<String> lines = new ArrayList<>();

    public EventRecorder(final RingfenceClient client)
    {
        this.client = client;
    }

    /**
     * @return every line so far, once one matches.
     * @throws AssertionError naming what arrived if none matches within the timeout.
     */
    public List<String> awaitLine(final Predicate<String> match, final long timeoutSeconds) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (lines.stream().noneMatch(match))
        {
            if (System.nanoTime() - deadlineNs >= 0)
            {
                throw new AssertionError("no matching event within " + timeoutSeconds + " s; received " + lines);
            }
            if (client.poll(this, 16) == 0)
            {
                Thread.sleep(1);
            }
        }
        return lines;
    }

    public List<String> lines()
    {
        return lines;
    }

    @Override
    public void onAccepted(final OrderAcceptedDecoder d)
    {
        lines.add("ACCEPTED " + d.idempotencyKey() + " #" + d.brokerOrderId());
    }

    @Override
    public void onRefused(final OrderRefusedDecoder d)
    {
        final int code = d.brokerCode();
        lines.add("REFUSED " + d.idempotencyKey() + " " + d.reason() +
            (code == OrderRefusedDecoder.brokerCodeNullValue() ? "" : " " + code));
    }

    @Override
    public void onPositionReport(final PositionReportDecoder d)
    {
        lines.add("POSITION " + d.symbol() + " " + d.position() + " working " + d.workingBuy() + "/" + d.workingSell());
    }

    @Override
    public void onQueryEnd(final QueryEndDecoder d)
    {
        lines.add("END " + d.kind() + " " + d.count());
    }

    @Override
    public void onStatus(final OrderStatusUpdateDecoder d)
    {
        lines.add("STATUS " + d.idempotencyKey() + " " + d.state() + " " + d.filledQuantity() + "/" + d.remainingQuantity());
    }

    @Override
    public void onFill(final FillDecoder d)
    {
        lines.add("FILL " + d.idempotencyKey() + " " + d.quantity() + " @ " + Price.toString(d.price()) + " " + d.execId());
    }
}
