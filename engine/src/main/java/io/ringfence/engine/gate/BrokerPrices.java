package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import io.ringfence.engine.InboundEvent;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;

/**
 * Reads the broker frames the gate stage sees for what the gates need: each execution's price
 * becomes its symbol's reference price. Tracks each session's server version from the journaled
 * session events (the session index is the event's source), as the order stage does.
 */
final class BrokerPrices implements TwsInboundHandler
{
    private static final int MAX_SESSIONS = 2;

    private final ReferencePrices prices;
    private final TwsInboundAdapter adapter = new TwsInboundAdapter(this);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BrokerSessionEventDecoder session = new BrokerSessionEventDecoder();
    private final UnsafeBuffer symbol = new UnsafeBuffer(new byte[SymbolTable.SYMBOL_LENGTH]);
    private final int[] serverVersions = new int[MAX_SESSIONS];
    private long nowNs;

    BrokerPrices(final ReferencePrices prices)
    {
        this.prices = prices;
    }

    void onSessionEvent(final InboundEvent event)
    {
        if (event.bodyLength < MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH ||
            event.source < 0 || event.source >= MAX_SESSIONS)
        {
            return;
        }
        session.wrapAndApplyHeader(event.body, 0, header);
        if (session.stateRaw() == SessionState.CONNECTED.value())
        {
            serverVersions[event.source] = session.serverVersion();
        }
    }

    void onFrame(final InboundEvent event)
    {
        if (event.source < 0 || event.source >= MAX_SESSIONS || serverVersions[event.source] == 0)
        {
            return;
        }
        nowNs = event.timestampNs;
        adapter.onFrame(event.body, 0, event.bodyLength, serverVersions[event.source]);
    }

    @Override
    public void onExecution(final ExecutionDataDecoder decoder)
    {
        final AsciiSequenceView text = decoder.symbol();
        final int length = text.length();
        if (length == 0 || length > SymbolTable.SYMBOL_LENGTH)
        {
            return;
        }
        symbol.setMemory(0, SymbolTable.SYMBOL_LENGTH, (byte)0);
        symbol.putBytes(0, text.buffer(), text.offset(), length);
        prices.onPrice(symbol.getLong(0, ByteOrder.LITTLE_ENDIAN), symbol.getLong(8, ByteOrder.LITTLE_ENDIAN),
            decoder.price(), nowNs);
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
    public void onUnhandled(final int msgId)
    {
    }

    @Override
    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
    }
}
