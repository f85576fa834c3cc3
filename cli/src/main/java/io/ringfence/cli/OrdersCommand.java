package io.ringfence.cli;

import picocli.CommandLine.Command;

/**
 * {@code ringfence orders …}: act as a client of a running engine.
 */
@Command(mixinStandardHelpOptions = true, name = "orders", description = "Submit, cancel, modify and target orders through a running engine.",
    subcommands = {OrderSubmitCommand.class, OrderCancelCommand.class, OrderModifyCommand.class,
        OrderPreviewCommand.class, OrderBracketCommand.class, OrderTargetCommand.class, OrderStatusCommand.class,
        OrderListCommand.class})
final class OrdersCommand
{
}
