package io.ringfence.cli;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.RefusalReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders cancel}: cancel one working order by its idempotency key and follow it
 * to a final state.
 */
@Command(name = "cancel", description = "Cancel one order by its idempotency key.")
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
        final long correlationId = CorrelationIds.next();
        try (RingfenceClient ringfence = ClientConnection.open(client))
        {
            final CancelOrderEncoder cancel = ringfence.cancelOrder();
            try
            {
                final String key = OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH);
                final String ownKey = cancelKey != null ? cancelKey :
                    ("c:" + key).substring(0, Math.min(OrderFields.KEY_LENGTH, key.length() + 2));
                cancel.correlationId(correlationId)
                    .mode(client.mode())
                    .account(OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH))
                    .idempotencyKey(OrderFields.text("--cancel-key", ownKey, OrderFields.KEY_LENGTH))
                    .targetIdempotencyKey(key);
            }
            catch (final OrderFields.Malformed ex)
            {
                return OrderReport.refusal(System.out, client.json, RefusalReason.MALFORMED_INTENT.name(),
                    ex.getMessage(), account, idempotencyKey, ExitCodes.REFUSED);
            }
            final OrderWatcher watcher = new OrderWatcher(correlationId, account, idempotencyKey);
            if (!ringfence.commit())
            {
                return OrderReport.refusal(System.out, client.json, "INGRESS_FULL",
                    "the client's ingress ring is full; nothing was sent", account, idempotencyKey, ExitCodes.FAILED);
            }
            return OrderReport.print(System.out, client.json, account, idempotencyKey,
                watcher.await(ringfence, client.timeoutSeconds, false));
        }
        catch (final ClientConnection.NotRunning ex)
        {
            return OrderReport.refusal(System.out, client.json, "ENGINE_NOT_RUNNING", ex.getMessage(),
                account, idempotencyKey, ExitCodes.NO_ANSWER);
        }
    }
}
