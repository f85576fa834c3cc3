package io.ringfence.cli;

import io.ringfence.config.ConfigException;
import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Which journal to read: the config's {@code [journal] dir}, or {@code --journal-dir}.
 */
final class JournalOptions
{
    @Mixin
    ConfigOption config;

    @Option(names = "--journal-dir", paramLabel = "DIR", description = "Journal directory (default: from the config).")
    Path journalDir;

    /**
     * The config, or null after printing which key is wrong.
     */
    RingfenceConfig loadOrReport()
    {
        try
        {
            return config.load();
        }
        catch (final ConfigException ex)
        {
            System.err.println("config error: " + ex.getMessage());
            return null;
        }
    }

    /**
     * @param loaded the loaded config; may be null when {@code --journal-dir} was given.
     */
    Path dir(final RingfenceConfig loaded)
    {
        return journalDir != null ? journalDir : loaded.journalDir();
    }
}
