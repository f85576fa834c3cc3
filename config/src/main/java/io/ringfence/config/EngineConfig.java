package io.ringfence.config;

import java.util.List;

/**
 * Pipeline sizing and threading.
 *
 * @param ringSize     Disruptor ring size, a power of two.
 * @param idleStrategy how idle threads wait: {@code busy-spin}, {@code yield} or {@code backoff}
 *                     (the default, right for a 2-core machine).
 */
public record EngineConfig(int ringSize, String idleStrategy)
{
    public static final List<String> IDLE_STRATEGIES = List.of("busy-spin", "yield", "backoff");

    static EngineConfig read(final ConfigNode node)
    {
        final long ringSize = node.integer("ring_size", 4096, 64, 1 << 22);
        if (Long.bitCount(ringSize) != 1)
        {
            throw new ConfigException(node.key("ring_size"), ringSize + " must be a power of two");
        }
        final EngineConfig config = new EngineConfig((int)ringSize, node.choice("idle_strategy", "backoff", IDLE_STRATEGIES));
        node.rejectUnknownKeys();
        return config;
    }
}
