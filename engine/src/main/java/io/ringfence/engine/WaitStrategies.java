package io.ringfence.engine;

import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

import java.util.concurrent.TimeUnit;

/**
 * The config's {@code engine.idle_strategy} as a Disruptor wait strategy (pipeline threads) and
 * an Agrona idle strategy (ingress): busy-spin, yield, or back-off (spin, yield, then park up to
 * 100 µs — the default, which leaves a 2-core machine usable).
 */
final class WaitStrategies
{
    private static final long MAX_PARK_NS = TimeUnit.MICROSECONDS.toNanos(100);

    private WaitStrategies()
    {
    }

    static WaitStrategy pipeline(final String name)
    {
        return switch (name)
        {
            case "busy-spin" -> new BusySpinWaitStrategy();
            case "yield" -> new YieldingWaitStrategy();
            case "backoff" -> new SleepingWaitStrategy(200, MAX_PARK_NS);
            default -> throw new IllegalArgumentException("engine.idle_strategy: " + name);
        };
    }

    static IdleStrategy ingress(final String name)
    {
        return switch (name)
        {
            case "busy-spin" -> new BusySpinIdleStrategy();
            case "yield" -> new YieldingIdleStrategy();
            case "backoff" -> new BackoffIdleStrategy(100, 10, 1_000, MAX_PARK_NS);
            default -> throw new IllegalArgumentException("engine.idle_strategy: " + name);
        };
    }
}
