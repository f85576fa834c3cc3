package io.ringfence.engine;

import io.ringfence.config.RingfenceConfig;
import io.ringfence.tws.TwsSessionContext;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;

import java.util.function.Consumer;

/**
 * What an {@link Engine} is built from: the validated configuration plus what tests and the demo
 * may replace (the clock, how long to wait for the gateway).
 */
public final class EngineContext
{
    private RingfenceConfig config;
    private EpochNanoClock clock;
    private long gatewayWaitMs = 10_000;
    private Consumer<TwsSessionContext> paperSessionSettings = settings -> { };
    private StageTimingListener stageTimingListener = StageTimingListener.NONE;

    public EngineContext config(final RingfenceConfig config)
    {
        this.config = config;
        return this;
    }

    public RingfenceConfig config()
    {
        return config;
    }

    public EngineContext clock(final EpochNanoClock clock)
    {
        this.clock = clock;
        return this;
    }

    public EpochNanoClock clock()
    {
        return clock;
    }

    /**
     * How long start-up waits for the paper gateway to accept the session and send its next
     * valid id before giving up.
     */
    public EngineContext gatewayWaitMs(final long gatewayWaitMs)
    {
        this.gatewayWaitMs = gatewayWaitMs;
        return this;
    }

    public long gatewayWaitMs()
    {
        return gatewayWaitMs;
    }

    /**
     * Adjust the paper TWS session's settings beyond what the config holds (benchmarks: pacing
     * against a sink; tests: back-off). Applied after the config's host, port and client id.
     */
    public EngineContext paperSessionSettings(final Consumer<TwsSessionContext> paperSessionSettings)
    {
        this.paperSessionSettings = paperSessionSettings;
        return this;
    }

    public Consumer<TwsSessionContext> paperSessionSettings()
    {
        return paperSessionSettings;
    }

    /**
     * Told on the pipeline thread when the last stage is done with each event, with the per-stage
     * timestamps filled in (latency harnesses). Default: nobody, and then no stage is timed.
     */
    public EngineContext stageTimingListener(final StageTimingListener stageTimingListener)
    {
        this.stageTimingListener = stageTimingListener;
        return this;
    }

    public StageTimingListener stageTimingListener()
    {
        return stageTimingListener;
    }

    public EngineContext conclude()
    {
        if (config == null)
        {
            throw new IllegalStateException("EngineContext.config is required");
        }
        if (clock == null)
        {
            clock = new OffsetEpochNanoClock();
        }
        if (stageTimingListener == null)
        {
            throw new IllegalStateException("EngineContext.stageTimingListener must not be null (use StageTimingListener.NONE)");
        }
        if (gatewayWaitMs <= 0)
        {
            throw new IllegalStateException("EngineContext.gatewayWaitMs must be positive: " + gatewayWaitMs);
        }
        return this;
    }

    @Override
    public String toString()
    {
        return "EngineContext{config=" + config + ", gatewayWaitMs=" + gatewayWaitMs + '}';
    }
}
