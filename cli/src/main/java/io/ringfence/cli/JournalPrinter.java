package io.ringfence.cli;

import io.ringfence.config.ConfigException;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.journal.audit.DecisionReader;
import io.ringfence.journal.audit.JournalLayout;
import io.ringfence.journal.audit.JournalReader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints journal records to stdout, once or following.
 */
final class JournalPrinter
{
    private static final long FOLLOW_POLL_MS = 50;

    private JournalPrinter()
    {
    }

    static int print(
        final JournalOptions options,
        final boolean withDecisions,
        final boolean follow,
        final JournalLineFormat format,
        final JournalRecords records) throws InterruptedException
    {
        final Path dir;
        try
        {
            dir = options.dir(options.journalDir != null ? null : options.config.load());
        }
        catch (final ConfigException ex)
        {
            System.err.println("config error: " + ex.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        if (!Files.isDirectory(JournalLayout.inputs(dir)))
        {
            System.err.println("no journal at " + dir);
            return ExitCodes.FAILED;
        }
        if (format.header() != null)
        {
            System.out.println(format.header());
        }
        try (JournalReader inputs = JournalReader.open(dir);
            DecisionReader decisions = withDecisions ? DecisionReader.open(dir) : null)
        {
            do
            {
                if (records.read(inputs, decisions, line -> System.out.println(format.format(line))) == 0 && follow)
                {
                    System.out.flush();
                    Thread.sleep(FOLLOW_POLL_MS);
                }
            }
            while (follow);
        }
        return ExitCodes.OK;
    }
}
