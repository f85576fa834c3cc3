package io.ringfence.engine.gate;

import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.TwsMessageId;
import io.ringfence.engine.BrokerFrameReader;
import org.agrona.AsciiSequenceView;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;

/**
 * Reads the broker frames the gate stage sees for what the gates need: each execution's price
 * becomes its symbol's reference price.
 */
final class BrokerPrices extends BrokerFrameReader
{
    private final ReferencePrices prices;
    private final UnsafeBuffer symbol = new UnsafeBuffer(new byte[SymbolTable.SYMBOL_LENGTH]);

    BrokerPrices(final ReferencePrices prices)
    {
        this.prices = prices;
    }

    @Override
    protected boolean wants(final int msgId)
    {
        return msgId == TwsMessageId.EXECUTION_DATA;
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
            decoder.price(), timestampNs());
    }
}
