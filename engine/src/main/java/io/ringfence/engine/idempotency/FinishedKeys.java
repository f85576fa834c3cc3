package io.ringfence.engine.idempotency;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.tws.CompletedOrderDecoder;
import io.ringfence.codecs.tws.OpenOrderDecoder;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.engine.BrokerFrameReader;
import io.ringfence.journal.idempotency.IdempotencyDescriptor;
import io.ringfence.journal.idempotency.IdempotencyTable;
import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Marks a key FINAL when the broker reports its order done, so that once it is older than the
 * key retention its slot may be reused: an OPEN_ORDER with a final status (IB sends one when an
 * order fills) or a COMPLETED_ORDER (every reconciliation lists the day's finished orders), both
 * matched by account and {@code orderRef}. A cancel the broker reports by order id alone becomes
 * FINAL at the next reconciliation; until then its key simply stays unreclaimable. Decodes only
 * those two messages. Allocation-free.
 */
final class FinishedKeys extends BrokerFrameReader
{
    private final IdempotencyTable table;
    private final UnsafeBuffer scopedKey =
        new UnsafeBuffer(new byte[IdempotencyDescriptor.ACCOUNT_LENGTH + IdempotencyDescriptor.KEY_LENGTH]);

    FinishedKeys(final IdempotencyTable table)
    {
        this.table = table;
    }

    @Override
    protected boolean wants(final int msgId)
    {
        return msgId == TwsMessageId.OPEN_ORDER || msgId == TwsMessageId.COMPLETED_ORDER;
    }

    @Override
    public void onOpenOrder(final OpenOrderDecoder openOrder)
    {
        final byte finalStatus = finalStatus(openOrder.status());
        if (finalStatus != 0)
        {
            markFinal(openOrder.account(), openOrder.orderRef(), finalStatus);
        }
    }

    @Override
    public void onCompletedOrder(final CompletedOrderDecoder completed)
    {
        final byte finalStatus = finalStatus(completed.status());
        markFinal(completed.account(), completed.orderRef(), finalStatus != 0 ? finalStatus : (byte)OrderState.CANCELLED.value());
    }

    private void markFinal(final AsciiSequenceView account, final AsciiSequenceView orderRef, final byte finalStatus)
    {
        if (account.length() == 0 || account.length() > IdempotencyDescriptor.ACCOUNT_LENGTH ||
            orderRef.length() == 0 || orderRef.length() > IdempotencyDescriptor.KEY_LENGTH)
        {
            return;
        }
        scopedKey.setMemory(0, scopedKey.capacity(), (byte)0);
        scopedKey.putBytes(0, account.buffer(), account.offset(), account.length());
        scopedKey.putBytes(IdempotencyDescriptor.ACCOUNT_LENGTH, orderRef.buffer(), orderRef.offset(), orderRef.length());
        final int entry = table.find(scopedKey, 0, IdempotencyDescriptor.ACCOUNT_LENGTH);
        if (entry >= 0)
        {
            table.markFinal(entry, finalStatus, timestampNs());
        }
    }

    private static byte finalStatus(final TwsOrderStatus status)
    {
        return switch (status)
        {
            case FILLED -> (byte)OrderState.FILLED.value();
            case CANCELLED, API_CANCELLED -> (byte)OrderState.CANCELLED.value();
            case INACTIVE -> (byte)OrderState.INACTIVE.value();
            default -> 0;
        };
    }
}
