package io.ringfence.cli;

import io.ringfence.codecs.sbe.KillSwitchScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code ringfence kill-switch on|off --account …|--client …|--all --reason …} (scope
 * {@code admin:kill-switch}): engaging cancels that scope's working orders and blocks new ones
 * until released; the reason is journaled with the command.
 */
@Command(mixinStandardHelpOptions = true, name = "kill-switch", description = "Engage (on) or release (off) a kill switch.")
final class KillSwitchCommand implements Callable<Integer>
{
    static final class Target
    {
        @Option(names = "--account", description = "One account.")
        String account;

        @Option(names = "--client", description = "One client (by its config name).")
        String clientName;

        @Option(names = "--all", description = "Everything (the global switch).")
        boolean all;
    }

    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", description = "on or off.")
    String action;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--reason", description = "Why (required, audited).")
    String reason;

    @Override
    public Integer call() throws InterruptedException
    {
        return GateCall.run(admin.toClientOptions(), (buffer, correlationId) ->
        {
            final boolean engage = switch (action)
            {
                case "on" -> true;
                case "off" -> false;
                default -> throw new OrderFields.Malformed("the action must be on or off, not " + action);
            };
            final KillSwitchScope scope = target.all ? KillSwitchScope.GLOBAL :
                target.account != null ? KillSwitchScope.ACCOUNT : KillSwitchScope.CLIENT;
            final String account = scope == KillSwitchScope.ACCOUNT ?
                OrderFields.text("--account", target.account, OrderFields.ACCOUNT_LENGTH) : null;
            final String clientName = scope == KillSwitchScope.CLIENT ?
                OrderFields.text("--client", target.clientName, GateIntents.CLIENT_NAME_LENGTH) : null;
            return GateIntents.killSwitch(buffer, correlationId, engage, scope, account, clientName,
                GateIntents.reason(reason));
        });
    }
}
