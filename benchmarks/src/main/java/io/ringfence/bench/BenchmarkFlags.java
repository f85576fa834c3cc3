package io.ringfence.bench;

/**
 * JVM flags every JMH fork needs (Agrona's Unsafe access, Chronicle's module openings); JMH
 * forks do not read the jar manifest, so each benchmark names these in {@code @Fork}.
 */
public final class BenchmarkFlags
{
    public static final String ADD_EXPORTS_MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
    public static final String ADD_EXPORTS_REF = "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED";
    public static final String ADD_EXPORTS_UTIL = "--add-exports=java.base/jdk.internal.util=ALL-UNNAMED";
    public static final String ADD_EXPORTS_NIO = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    public static final String ADD_OPENS_LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    public static final String ADD_OPENS_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    public static final String ANALYTICS_OFF = "-Dchronicle.analytics.disable=true";
    public static final String DISK_MONITOR_OFF = "-Dchronicle.disk.monitor.disable=true";

    private BenchmarkFlags()
    {
    }
}
