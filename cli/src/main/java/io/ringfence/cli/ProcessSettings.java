package io.ringfence.cli;

/**
 * Process-wide settings every {@code ringfence} process needs before any library loads:
 * Chronicle's analytics and announcements off (the engine opens no connection except to its
 * gateways), its disk-space monitor thread off.
 */
final class ProcessSettings
{
    private ProcessSettings()
    {
    }

    static void configure()
    {
        System.setProperty("chronicle.analytics.disable", "true");
        System.setProperty("chronicle.announcer.disable", "true");
        System.setProperty("chronicle.disk.monitor.disable", "true");
    }

    static void exit(final int code)
    {
        System.out.flush();
        System.exit(code);
    }
}
