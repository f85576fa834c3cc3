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

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        try (DecisionState state = new DecisionState(config))
        {
            final long replayed = state.replay(journal.dir(config), null);
            final OrderBook book = state.book();
            System.out.println("replayed " + replayed + " input(s)");
            System.out.printf("%-8s %-10s %-12s %-24s %-6s %-5s %8s %8s %10s  %s%n",
                "order", "broker#", "account", "key", "symbol", "side", "qty", "filled", "avg", "state");
            for (int i = 0; i < book.capacity(); i++)
            {
                final Order order = book.get(i);
                if (order.state() == null || (workingOnly && order.isTerminal()))
                {
                    continue;
                }
                System.out.printf("%-8d %-10d %-12s %-24s %-6s %-5s %8d %8d %10s  %s%n",
                    order.orderId(), order.brokerOrderId(), order.accountText(), order.keyText(), order.symbolText(),
                    order.side(), order.quantity(), order.filledQuantity(),
                    Price.toString(OrderBook.averageFillPrice(order)), order.state());
            }
        }
        return ExitCodes.OK;
    }
}
