package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders status --idempotency-key K [--account A]}: one order as the journal has
 * it (state, filled, remaining, average price, broker and perm ids). Exit 1 when no order has the key.
 */
@Command(mixinStandardHelpOptions = true, name = "status", description = "One order's state, from the journal.")
final class OrderStatusCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--idempotency-key", required = true, description = "The order's key.")
    String idempotencyKey;

    @Option(names = "--account", description = "The order's account (keys are scoped per account).")
    String account;

    @Option(names = "--json", description = "Print one JSON array.")
    boolean json;

    @Override
    public Integer call()
    {
        return OrderTable.show(journal,
            row -> row.key().equals(idempotencyKey) && (account == null || row.account().equals(account)), json,
            "no order with key " + idempotencyKey + (account == null ? "" : " on " + account));
    }
}
