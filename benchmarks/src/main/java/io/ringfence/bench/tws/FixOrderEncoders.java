package io.ringfence.bench.tws;

import uk.co.real_logic.artio.OrdType;
import uk.co.real_logic.artio.Side;
import uk.co.real_logic.artio.builder.Encoder;
import uk.co.real_logic.artio.builder.HeaderEncoder;
import uk.co.real_logic.artio.builder.NewOrderSingleEncoder;
import uk.co.real_logic.artio.fields.UtcTimestampEncoder;
import uk.co.real_logic.artio.util.MutableAsciiBuffer;
import quickfix.field.ClOrdID;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The {@link OrderFixtures} order as FIX 4.4 NewOrderSingle. Artio's session dictionary carries
 * ClOrdID (the idempotency key), Symbol, Side, TransactTime, OrderQty, OrdType and Price, but no
 * Account or TimeInForce: QuickFIX/J writes the same field set, so the two FIX encoders are comparable
 * byte for byte.
 */
final class FixOrderEncoders
{
    private FixOrderEncoders()
    {
    }

    static final class Artio
    {
        private final MutableAsciiBuffer buffer = new MutableAsciiBuffer(ByteBuffer.allocateDirect(4096));
        private final NewOrderSingleEncoder newOrderSingle = new NewOrderSingleEncoder();
        private final UtcTimestampEncoder timestamp = new UtcTimestampEncoder();
        private final byte[] clOrdId = OrderFixtures.ORDER_REF.getBytes(StandardCharsets.US_ASCII);
        private final byte[] symbol = OrderFixtures.SYMBOL.getBytes(StandardCharsets.US_ASCII);
        private long nowMs = OrderFixtures.TRANSACT_TIME_MS;
        private long lastResult;

        Artio()
        {
            final HeaderEncoder header = newOrderSingle.header();
            header.senderCompID(OrderFixtures.SENDER_COMP_ID.getBytes(StandardCharsets.US_ASCII));
            header.targetCompID(OrderFixtures.TARGET_COMP_ID.getBytes(StandardCharsets.US_ASCII));
            timestamp.initialise(nowMs);
        }

        /**
         * @return message length in bytes.
         */
        int encode(final int sequenceNumber)
        {
            final int timestampLength = timestamp.update(++nowMs);
            newOrderSingle.header().msgSeqNum(sequenceNumber).sendingTime(timestamp.buffer(), timestampLength);
            newOrderSingle.clOrdID(clOrdId)
                .side(Side.BUY)
                .transactTime(timestamp.buffer(), timestampLength)
                .ordType(OrdType.LIMIT)
                .price(OrderFixtures.LIMIT_PRICE_CENTS, 2);
            newOrderSingle.instrument().symbol(symbol);
            newOrderSingle.orderQtyData().orderQty(OrderFixtures.QUANTITY, 0);
            lastResult = newOrderSingle.encode(buffer, 0);
            return Encoder.length(lastResult);
        }

        String lastMessage()
        {
            return buffer.getStringWithoutLengthAscii(Encoder.offset(lastResult), Encoder.length(lastResult));
        }
    }

    static final class QuickFixJ
    {
        private final LocalDateTime transactTime =
            LocalDateTime.ofInstant(Instant.ofEpochMilli(OrderFixtures.TRANSACT_TIME_MS), ZoneOffset.UTC);
        private String lastMessage = "";

        /**
         * @return message length in bytes (ASCII: one byte per char).
         */
        int encode(final int sequenceNumber)
        {
            final NewOrderSingle message = new NewOrderSingle(
                new ClOrdID(OrderFixtures.ORDER_REF),
                new quickfix.field.Side(quickfix.field.Side.BUY),
                new TransactTime(transactTime),
                new quickfix.field.OrdType(quickfix.field.OrdType.LIMIT));
            message.set(new Symbol(OrderFixtures.SYMBOL));
            message.set(new OrderQty(OrderFixtures.QUANTITY));
            message.set(new Price(OrderFixtures.LIMIT_PRICE_CENTS / 100.0));
            final quickfix.Message.Header header = message.getHeader();
            header.setField(new SenderCompID(OrderFixtures.SENDER_COMP_ID));
            header.setField(new TargetCompID(OrderFixtures.TARGET_COMP_ID));
            header.setField(new MsgSeqNum(sequenceNumber));
            header.setField(new SendingTime(transactTime));
            lastMessage = message.toString();
            return lastMessage.length();
        }

        String lastMessage()
        {
            return lastMessage;
        }
    }
}
