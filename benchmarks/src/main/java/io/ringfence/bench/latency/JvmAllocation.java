package io.ringfence.bench.latency;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * A snapshot of what this JVM has collected and allocated: collections and collection time
 * summed over every collector, bytes allocated by all threads, and bytes allocated by the engine's
 * own threads (named {@code ringfence-…}: ingress, pipeline, TWS reader and conductor). Taking one
 * allocates a little on the calling thread, which the engine figure excludes.
 */
record JvmAllocation(long collections, long collectionMs, long allBytes, long engineBytes)
{
    static JvmAllocation now()
    {
        long collections = 0;
        long collectionMs = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
        {
            collections += Math.max(0, gc.getCollectionCount());
            collectionMs += Math.max(0, gc.getCollectionTime());
        }
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        long engineBytes = 0;
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            if (thread.getName().startsWith("ringfence-"))
            {
                engineBytes += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
        return new JvmAllocation(collections, collectionMs, threads.getTotalThreadAllocatedBytes(), engineBytes);
    }

    JvmAllocation since(final JvmAllocation start)
    {
        return new JvmAllocation(collections - start.collections, collectionMs - start.collectionMs,
            allBytes - start.allBytes, engineBytes - start.engineBytes);
    }
}
