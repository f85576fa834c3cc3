package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence journal replay}: rebuild the engine's state from the journal, as a restart
 * would, and print it — every order with its state, or only working ones.
 */
@Command(mixinStandardHelpOptions = true, name = "replay", description = "Rebuild the engine's state from the journal and print its orders.")
final class JournalReplayCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--working", description = "Only orders that are not final.")
    boolean workingOnly;

    @Option(names = "--json", description = "Print the orders as one JSON array.")
    boolean json;

    @Override
    public Integer call()
    {
        return OrderTable.show(journal, row -> !workingOnly || !row.isFinal(), json, null);
    }
}
