package io.ringfence.bench;

/**
 * JVM flags every JMH fork needs (Agrona's Unsafe access, Chronicle's module openings); JMH
 * forks do not read the jar manifest, so each benchmark names these in {@code @Fork}.
 */
final class BenchmarkFlags
{
    static final String ADD_EXPORTS_MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
    static final String ADD_EXPORTS_NIO = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String ADD_OPENS_LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    static final String ADD_OPENS_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    static final String ANALYTICS_OFF = "-Dchronicle.analytics.disable=true";

    private BenchmarkFlags()
    {
    }
}
