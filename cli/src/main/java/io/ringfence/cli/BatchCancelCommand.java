package io.ringfence.cli;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.sbe.CancelOrderEncoder;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.RefusalReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code ringfence batches cancel --account A --batch-id B}: cancel every working order of the
 * batch in one intent (a cancel of the key prefix {@code B/*}); prints each order it cancelled.
 * Exit 0 when it cancelled at least one, 2 when refused (e.g. nothing of the batch was working).
 */
@Command(mixinStandardHelpOptions = true, name = "cancel", description = "Cancel every working order of a batch.")
final class BatchCancelCommand implements Callable<Integer>
{
    @Mixin
    ClientOptions client;

    @Option(names = "--account", description = "The batch's account.")
    String account;

    @Option(names = "--batch-id", description = "The batch's id.")
    String batchId;

    @Override
    public Integer call() throws InterruptedException
    {
        final String accountId;
        final String id;
        try
        {
            accountId = OrderFields.text("--account", account, OrderFields.ACCOUNT_LENGTH);
            id = OrderFields.text("--batch-id", batchId, OrderTargetCommand.MAX_BATCH_ID_LENGTH);
        }
        catch (final OrderFields.Malformed ex)
        {
            return OrderReport.refusal(System.out, client.json, RefusalReason.MALFORMED_INTENT.name(), ex.getMessage(),
                account, batchId, ExitCodes.REFUSED);
        }
        final long correlationId = CorrelationIds.next();
        final Answer answer = new Answer(correlationId);
        try (RingfenceClient ringfence = ClientConnection.open(client))
        {
            ringfence.cancelOrder()
                .correlationId(correlationId)
                .mode(client.mode())
                .account(accountId)
                .idempotencyKey("c:" + id + "/*")
                .targetIdempotencyKey(id + "/*")
                .targetBrokerOrderId(CancelOrderEncoder.targetBrokerOrderIdNullValue())
                .targetPermId(CancelOrderEncoder.targetPermIdNullValue());
            if (!ringfence.commit())
            {
                return OrderReport.refusal(System.out, client.json, "INGRESS_FULL",
                    "the client's ingress ring is full; nothing was sent", accountId, id, ExitCodes.FAILED);
            }
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(client.timeoutSeconds);
            while (!answer.answered && System.nanoTime() - deadlineNs < 0)
            {
                if (ringfence.poll(answer, 64) == 0)
                {
                    Thread.sleep(1);
                }
            }
            ringfence.poll(answer, 1024);
        }
        catch (final ClientConnection.NotRunning ex)
        {
            return OrderReport.refusal(System.out, client.json, "ENGINE_NOT_RUNNING", ex.getMessage(), accountId, id,
                ExitCodes.NO_ANSWER);
        }
        if (!answer.answered)
        {
            return OrderReport.refusal(System.out, client.json, "NO_ANSWER", "the engine did not answer in time",
                accountId, id, ExitCodes.NO_ANSWER);
        }
        if (answer.refusal != null)
        {
            return OrderReport.refusal(System.out, client.json, answer.refusal.name(),
                RefusalText.describe(answer.refusal) + " (no working order of batch " + id + ")", accountId, id,
                ExitCodes.REFUSED);
        }
        if (client.json)
        {
            System.out.println("{\"ok\":true,\"batch_id\":\"" + id + "\",\"account_id\":\"" + accountId +
                "\",\"cancelling\":" + answer.orders.size() + "}");
        }
        else
        {
            System.out.println("batch " + id + ": cancelling " + answer.orders.size() + " order(s)");
            answer.orders.forEach(line -> System.out.println("  " + line));
        }
        return ExitCodes.OK;
    }

    private static final class Answer implements ClientEventHandler
    {
        private final long correlationId;
        private final List<String> orders = new ArrayList<>();
        private boolean answered;
        private RefusalReason refusal;

        Answer(final long correlationId)
        {
            this.correlationId = correlationId;
        }

        @Override
        public void onStatus(final OrderStatusUpdateDecoder status)
        {
            if (status.correlationId() == correlationId)
            {
                answered = true;
                orders.add(status.idempotencyKey() + " #" + status.brokerOrderId() + " " + status.state());
            }
        }

        @Override
        public void onRefused(final OrderRefusedDecoder refused)
        {
            if (refused.correlationId() == correlationId)
            {
                answered = true;
                refusal = refused.reason();
            }
        }

        @Override
        public void onAccepted(final OrderAcceptedDecoder accepted)
        {
        }

        @Override
        public void onFill(final FillDecoder fill)
        {
        }
    }
}
