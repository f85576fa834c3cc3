package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence approvals create}: approve one preview for one submit within a TTL (scope
 * {@code approvals:create}); prints the approval id that {@code orders submit --approval-id} uses.
 */
@Command(mixinStandardHelpOptions = true, name = "create", description = "Approve one preview for one submit; prints the approval id.")
final class ApprovalCreateCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The previewed order's account.")
    String account;

    @Option(names = "--preview-id", description = "The id `orders preview` printed.")
    Long previewId;

    @Option(names = "--ttl-seconds", defaultValue = "300", description = "How long the approval lasts (default ${DEFAULT-VALUE}).")
    int ttlSeconds;

    @Override
    public Integer call() throws InterruptedException
    {
        return GateCall.run(client, (buffer, correlationId) ->
        {
            if (previewId == null)
            {
                throw new OrderFields.Malformed("--preview-id is required");
            }
            return GateIntents.approval(buffer, correlationId,
                OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH), previewId, ttlSeconds);
        });
    }
}
