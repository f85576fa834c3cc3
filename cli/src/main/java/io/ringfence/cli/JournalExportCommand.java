package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code ringfence journal export --format json|csv}: every record, machine-readable.
 */
@Command(mixinStandardHelpOptions = true, name = "export", description = "Export the journal as JSON Lines or CSV.")
final class JournalExportCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--decisions", description = "Also export the engine's decisions.")
    boolean decisions;

    @Option(names = "--from", paramLabel = "TIME", description = "Only records at or after this instant.")
    Instant from;

    @Override
    public Integer call() throws InterruptedException
    {
        final JournalLineFormat lineFormat = switch (format)
        {
            case "json" -> JournalLineFormat.JSON;
            case "csv" -> JournalLineFormat.CSV;
            default -> null;
        };
        if (lineFormat == null)
        {
            System.err.println("--format must be json or csv, not " + format);
            return ExitCodes.FAILED;
        }
        return JournalPrinter.print(journal, decisions, false, lineFormat, new JournalRecords(null, null, from));
    }
}
