package io.ringfence.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ringfence}: the one command for operators, strategy developers and CI.
 */
@Command(
    name = "ringfence",
    mixinStandardHelpOptions = true,
    version = "ringfence 0.1.0",
    description = "Low-latency, gate-checked order engine for Interactive Brokers.",
    subcommands = {RunCommand.class, SimCommand.class, DemoCommand.class, OrdersCommand.class, BatchesCommand.class,
        PositionsCommand.class, ExecutionsCommand.class, AccountCommand.class, JournalCommand.class, StatCommand.class,
        ErrorsCommand.class, ApprovalsCommand.class, KillSwitchCommand.class, PromoteCommand.class})
public final class RingfenceCli
{
    public static void main(final String[] args)
    {
        ProcessSettings.exit(execute(args));
    }

    static int execute(final String... args)
    {
        ProcessSettings.configure();
        return new CommandLine(new RingfenceCli()).execute(args);
    }
}
