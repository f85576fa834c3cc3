package io.ringfence.cli;

import io.ringfence.codecs.Price;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.order.Order;
import io.ringfence.engine.order.OrderBook;
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

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        final String prefix = batchId + "/";
        int shown = 0;
        try (DecisionState state = new DecisionState(config))
        {
            state.replay(journal.dir(config), null);
            final OrderBook book = state.book();
            System.out.printf("%-12s %-24s %-5s %8s %8s %10s %8s  %s%n",
                "account", "key", "side", "qty", "filled", "avg", "broker#", "state");
            for (int i = 0, last = book.highestOrderId(); i <= last; i++)
            {
                final Order order = book.get(i);
                if (order.state() == null || !order.keyText().startsWith(prefix) ||
                    (account != null && !order.accountText().equals(account)))
                {
                    continue;
                }
                shown++;
                System.out.printf("%-12s %-24s %-5s %8d %8d %10s %8d  %s%n", order.accountText(), order.keyText(),
                    order.side(), order.quantity(), order.filledQuantity(),
                    Price.toString(OrderBook.averageFillPrice(order)), order.brokerOrderId(), order.state());
            }
        }
        if (shown == 0)
        {
            System.out.println("no order of batch " + batchId + " in the journal");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }
}
