package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence promote --client …} (scope {@code admin:promote}): record a client's
 * paper-to-live promotion, journaled; live orders need one.
 */
@Command(mixinStandardHelpOptions = true, name = "promote", description = "Record a client's paper-to-live promotion.")
final class PromoteCommand implements Callable<Integer>
{
    @Mixin
    AdminOptions admin;

    @Option(names = "--client", description = "The client to promote (its config name).")
    String target;

    @Option(names = "--reason", defaultValue = "promoted by operator", description = "Why (audited; default: ${DEFAULT-VALUE}).")
    String reason;

    @Override
    public Integer call() throws InterruptedException
    {
        return GateCall.run(admin.toClientOptions(), (buffer, correlationId) -> GateIntents.promote(buffer, correlationId,
            OrderFields.text("--client", target, GateIntents.CLIENT_NAME_LENGTH), GateIntents.reason(reason)));
    }
}
