package io.ringfence.config;

import java.util.List;

/**
 * Pipeline sizing and threading.
 *
 * @param ringSize     Disruptor ring size, a power of two.
 * @param maxOrders    orders the engine tracks at once (preallocated).
 * @param idleStrategy how idle threads wait: {@code busy-spin}, {@code yield} or {@code backoff}
 *                     (the default, right for a 2-core machine).
 * @param threadLayout {@code shared}: the five stages run in order on one pipeline thread (the
 *                     default: two threads in all with ingress, no oversubscription on 2 cores);
 *                     {@code per-stage}: one thread per stage.
 */
public record EngineConfig(int ringSize, int maxOrders, String idleStrategy, String threadLayout)
{
    public static final List<String> IDLE_STRATEGIES = List.of("busy-spin", "yield", "backoff");
    public static final List<String> THREAD_LAYOUTS = List.of("shared", "per-stage");

    static EngineConfig read(final ConfigNode node)
    {
        final long ringSize = node.integer("ring_size", 4096, 64, 1 << 22);
        if (Long.bitCount(ringSize) != 1)
        {
            throw new ConfigException(node.key("ring_size"), ringSize + " must be a power of two");
        }
        final EngineConfig config = new EngineConfig(
            (int)ringSize,
            (int)node.integer("max_orders", 65_536, 16, 1 << 24),
            node.choice("idle_strategy", "backoff", IDLE_STRATEGIES),
            node.choice("thread_layout", "shared", THREAD_LAYOUTS));
        node.rejectUnknownKeys();
        return config;
    }
}
