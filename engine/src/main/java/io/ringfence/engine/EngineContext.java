package io.ringfence.engine;

import io.ringfence.config.RingfenceConfig;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.OffsetEpochNanoClock;

/**
 * What an {@link Engine} is built from: the validated configuration plus what tests and the demo
 * may replace (the clock, how long to wait for the gateway).
 */
public final class EngineContext
{
    private RingfenceConfig config;
    private EpochNanoClock clock;
    private long gatewayWaitMs = 10_000;

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
