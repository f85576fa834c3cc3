package io.ringfence.engine.idempotency;

import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.tws.CompletedOrderDecoder;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OpenOrderDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsFieldReader;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.codecs.tws.TwsOrderStatus;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.engine.InboundEvent;
import io.ringfence.journal.idempotency.IdempotencyDescriptor;
import io.ringfence.journal.idempotency.IdempotencyTable;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Marks a key FINAL when the broker reports its order done, so that once it is older than the
 * key retention its slot may be reused: an OPEN_ORDER with a final status (IB sends one when an
 * order fills) or a COMPLETED_ORDER (every reconciliation lists the day's finished orders), both
 * matched by account and {@code orderRef}. A cancel the broker reports by order id alone becomes
 * FINAL at the next reconciliation; until then its key simply stays unreclaimable. Decodes the
 * two frames the order stage also decodes, peeking at the message id first (server version from
 * the journaled session events); malformed frames are the order stage's to count. Allocation-free.
 */
final class FinishedKeys implements TwsInboundHandler
{
    private static final int MAX_SESSIONS = 2;

    private final IdempotencyTable table;
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this);
    private final TwsFieldReader fields = new TwsFieldReader();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BrokerSessionEventDecoder sessionEvent = new BrokerSessionEventDecoder();
    private final int[] serverVersion = new int[MAX_SESSIONS];
    private final UnsafeBuffer scopedKey =
        new UnsafeBuffer(new byte[IdempotencyDescriptor.ACCOUNT_LENGTH + IdempotencyDescriptor.KEY_LENGTH]);
    private long nowNs;

    FinishedKeys(final IdempotencyTable table)
    {
        this.table = table;
    }

    void onSessionEvent(final InboundEvent event)
    {
        if (event.bodyLength < MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH ||
            event.source < 0 || event.source >= MAX_SESSIONS)
        {
            return;
        }
        sessionEvent.wrapAndApplyHeader(event.body, 0, header);
        if (sessionEvent.stateRaw() == SessionState.CONNECTED.value())
        {
            serverVersion[event.source] = sessionEvent.serverVersion();
        }
    }

    void onFrame(final InboundEvent event)
    {
        if (event.source < 0 || event.source >= MAX_SESSIONS || serverVersion[event.source] == 0)
        {
            return;
        }
        fields.wrap(event.body, 0, event.bodyLength);
        final int msgId = fields.readInt();
        if (fields.isOk() && (msgId == TwsMessageId.OPEN_ORDER || msgId == TwsMessageId.COMPLETED_ORDER))
        {
            nowNs = event.timestampNs;
            adapter.onFrame(event.body, 0, event.bodyLength, serverVersion[event.source]);
        }
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
            table.markFinal(entry, finalStatus, nowNs);
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

    @Override
    public void onNextValidId(final int orderId)
    {
    }

    @Override
    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
    }

    @Override
    public void onOrderStatus(final OrderStatusDecoder decoder)
    {
    }

    @Override
    public void onError(final ErrorMessageDecoder decoder)
    {
    }

    @Override
    public void onExecution(final ExecutionDataDecoder decoder)
    {
    }

    @Override
    public void onUnhandled(final int msgId)
    {
    }

    @Override
    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
    }
}
