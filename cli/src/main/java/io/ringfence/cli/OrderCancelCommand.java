package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders cancel}: cancel one working order by its idempotency key and follow it
 * to a final state.
 */
@Command(mixinStandardHelpOptions = true, name = "cancel", description = "Cancel one order by its idempotency key.")
final class OrderCancelCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The order's account.")
    String account;

    @Option(names = "--idempotency-key", description = "The idempotency key the order was submitted with.")
    String idempotencyKey;

    @Option(names = "--cancel-key", description = "This cancel's own key (default: c: + the order's key); a retry with it never cancels twice.")
    String cancelKey;

    @Override
    public Integer call() throws InterruptedException
    {
        return IntentCall.run(client, account, idempotencyKey, (ringfence, correlationId) ->
        {
            final String key = OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH);
            final String ownKey = cancelKey != null ? cancelKey :
                ("c:" + key).substring(0, Math.min(OrderFields.KEY_LENGTH, key.length() + 2));
            ringfence.cancelOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .account(OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH))
                .idempotencyKey(OrderFields.text("--cancel-key", ownKey, OrderFields.KEY_LENGTH))
                .targetIdempotencyKey(key);
        });
    }
}
