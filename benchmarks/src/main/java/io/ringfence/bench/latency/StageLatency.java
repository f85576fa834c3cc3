package io.ringfence.bench.latency;

import io.ringfence.codecs.sbe.OutputAction;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.StageTimingListener;
import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-stage latency of the measured NewOrders, from the timestamps the engine carries in each
 * event: {@code ring} is the strategy's scheduled time to the ingress agent's pick-up (the ingress
 * reads its clock once per duty cycle), then each stage's done time minus the previous one's
 * (the first stage's wait in the Disruptor counts towards {@code journal}; {@code output} includes
 * the socket write). Records on the pipeline thread; read the histograms after the engine closed.
 */
final class StageLatency implements StageTimingListener
{
    static final String[] NAMES = { "ring", "journal", "gates", "idempotency", "order", "output" };

    private final long epochOffsetNs;
    private final Histogram[] histograms = new Histogram[NAMES.length];

    /**
     * @param epochOffsetNs the engine clock's epoch time minus {@link System#nanoTime()}, so the
     *                      ingress time carried in the event converts back to the monotonic clock.
     */
    StageLatency(final long epochOffsetNs)
    {
        this.epochOffsetNs = epochOffsetNs;
        for (int i = 0; i < histograms.length; i++)
        {
            histograms[i] = new Histogram(WireSink.HIGHEST_TRACKABLE_NS, 3);
        }
    }

    @Override
    public void onStagesDone(final InboundEvent event)
    {
        if (event.action != OutputAction.PLACE_ORDER ||
            ScheduledKey.MEASURE != ScheduledKey.kind(event.outboundOrder.orderRef()))
        {
            return;
        }
        long previousNs = ScheduledKey.scheduledNs(event.outboundOrder.orderRef());
        final long ingressNs = event.timestampNs - epochOffsetNs;
        record(0, ingressNs - previousNs);
        previousNs = ingressNs;
        for (int stage = 0; stage < InboundEvent.STAGE_COUNT; stage++)
        {
            final long doneNs = event.stageDoneNs[stage];
            record(stage + 1, doneNs - previousNs);
            previousNs = doneNs;
        }
    }

    Map<String, Histogram> histograms()
    {
        final Map<String, Histogram> byName = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++)
        {
            byName.put(NAMES[i], histograms[i]);
        }
        return byName;
    }

    private void record(final int index, final long ns)
    {
        histograms[index].recordValue(Math.max(0, Math.min(ns, WireSink.HIGHEST_TRACKABLE_NS)));
    }
}
