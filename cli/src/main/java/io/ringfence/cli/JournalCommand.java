package io.ringfence.cli;

import picocli.CommandLine.Command;

/**
 * {@code ringfence journal …}: read the journal, also while the engine runs.
 */
@Command(mixinStandardHelpOptions = true, name = "journal", description = "Read, export, verify and replay the journal.",
    subcommands = {JournalTailCommand.class, JournalExportCommand.class, JournalVerifyCommand.class,
        JournalReplayCommand.class, JournalRebuildIdempotencyCommand.class})
final class JournalCommand
{
}
