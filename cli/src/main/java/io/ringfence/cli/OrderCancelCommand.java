package io.ringfence.cli;

import io.ringfence.codecs.sbe.CancelOrderEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence orders cancel}: cancel one working order by its idempotency key, its broker
 * order id or its permId, and follow it to a final state.
 */
@Command(mixinStandardHelpOptions = true, name = "cancel",
    description = "Cancel one order by its idempotency key, broker order id or permId.")
final class OrderCancelCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The order's account.")
    String account;

    @Option(names = "--idempotency-key", description = "The idempotency key the order was submitted with.")
    String idempotencyKey;

    @Option(names = "--broker-order-id", description = "Instead of the key: the order's id at the broker.")
    Integer brokerOrderId;

    @Option(names = "--perm-id", description = "Instead of the key: the broker's permanent id of the order.")
    Long permId;

    @Option(names = "--cancel-key", description = "This cancel's own key (default: c: + the order's key); a retry with it never cancels twice.")
    String cancelKey;

    @Override
    public Integer call() throws InterruptedException
    {
        final boolean byId = brokerOrderId != null || permId != null;
        return IntentCall.run(client, account, byId ? null : idempotencyKey, (ringfence, correlationId) ->
        {
            final String named;
            if (byId)
            {
                if (idempotencyKey != null || (brokerOrderId != null && permId != null))
                {
                    throw new OrderFields.Malformed("name the order one way: --idempotency-key, --broker-order-id or --perm-id");
                }
                named = brokerOrderId != null ? "b" + brokerOrderId : "p" + permId;
            }
            else
            {
                named = OrderFields.text("--idempotency-key", idempotencyKey, OrderFields.KEY_LENGTH);
            }
            final String ownKey = cancelKey != null ? cancelKey :
                ("c:" + named).substring(0, Math.min(OrderFields.KEY_LENGTH, named.length() + 2));
            ringfence.cancelOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .account(OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH))
                .idempotencyKey(OrderFields.text("--cancel-key", ownKey, OrderFields.KEY_LENGTH))
                .targetIdempotencyKey(byId ? "" : named)
                .targetBrokerOrderId(brokerOrderId != null ? brokerOrderId : CancelOrderEncoder.targetBrokerOrderIdNullValue())
                .targetPermId(permId != null ? permId : CancelOrderEncoder.targetPermIdNullValue());
        });
    }
}
