package io.ringfence.cli;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.sbe.RefusalReason;

/**
 * One CLI request to a running engine: connect as the client, encode the intent, publish it,
 * follow the order it names, print the outcome and return the exit code.
 */
final class IntentCall
{
    @FunctionalInterface
    interface Encoding
    {
        /**
         * Start and fill an intent on the client with this correlation id.
         */
        void encode(RingfenceClient client, long correlationId) throws OrderFields.Malformed;
    }

    private IntentCall()
    {
    }

    /**
     * @param account        the order's account, to follow its events.
     * @param idempotencyKey the order's key, to follow its events.
     */
    static int run(final ClientOptions options, final String account, final String idempotencyKey, final Encoding encoding)
        throws InterruptedException
    {
        final long correlationId = CorrelationIds.next();
        try (RingfenceClient client = ClientConnection.open(options))
        {
            try
            {
                encoding.encode(client, correlationId);
            }
            catch (final OrderFields.Malformed ex)
            {
                return OrderReport.refusal(System.out, options.json, RefusalReason.MALFORMED_INTENT.name(),
                    ex.getMessage(), account, idempotencyKey, ExitCodes.REFUSED);
            }
            final OrderWatcher watcher = new OrderWatcher(correlationId, account, idempotencyKey);
            if (!client.commit())
            {
                return OrderReport.refusal(System.out, options.json, "INGRESS_FULL",
                    "the client's ingress ring is full; nothing was sent", account, idempotencyKey, ExitCodes.FAILED);
            }
            return OrderReport.print(System.out, options.json, account, idempotencyKey,
                watcher.await(client, options.timeoutSeconds, false));
        }
        catch (final ClientConnection.NotRunning ex)
        {
            return OrderReport.refusal(System.out, options.json, "ENGINE_NOT_RUNNING", ex.getMessage(),
                account, idempotencyKey, ExitCodes.NO_ANSWER);
        }
    }
}
