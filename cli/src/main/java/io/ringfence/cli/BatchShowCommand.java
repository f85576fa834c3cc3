package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence batches show --batch-id B [--account A]}: the orders of a target-position batch
 * as the journal has them (rebuilt by a replay, so it reads the journal while the engine runs and
 * after it stopped): key, side, quantity, filled, average price and state. Exit 1 when the journal
 * holds no order of the batch.
 */
@Command(mixinStandardHelpOptions = true, name = "show", description = "Show a batch's orders, from the journal.")
final class BatchShowCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--batch-id", required = true, description = "The batch's id.")
    String batchId;

    @Option(names = "--account", description = "Only this account's orders.")
    String account;

    @Option(names = "--json", description = "Print the orders as one JSON array.")
    boolean json;

    @Override
    public Integer call()
    {
        final String prefix = batchId + "/";
        return OrderTable.show(journal,
            row -> row.key().startsWith(prefix) && (account == null || row.account().equals(account)), json,
            "no order of batch " + batchId + " in the journal");
    }
}
