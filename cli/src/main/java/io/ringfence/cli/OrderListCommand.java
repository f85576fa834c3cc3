package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders list [--account A] [--symbol S] [--working]}: the orders the journal
 * holds, as a restart would rebuild them.
 */
@Command(mixinStandardHelpOptions = true, name = "list", description = "List orders, from the journal.")
final class OrderListCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--account", description = "Only this account's orders.")
    String account;

    @Option(names = "--symbol", description = "Only this symbol's orders.")
    String symbol;

    @Option(names = "--working", description = "Only orders that are not final.")
    boolean workingOnly;

    @Option(names = "--json", description = "Print one JSON array.")
    boolean json;

    @Override
    public Integer call()
    {
        return OrderTable.show(journal, row -> (account == null || row.account().equals(account)) &&
            (symbol == null || row.symbol().equals(symbol)) && (!workingOnly || !row.isFinal()), json, null);
    }
}
