package io.ringfence.cli;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BrokerSessionEventDecoder;
import io.ringfence.codecs.sbe.CancelOrderDecoder;
import io.ringfence.codecs.sbe.DecisionDecoder;
import io.ringfence.codecs.sbe.JournalEntryDecoder;
import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.NewBracketDecoder;
import io.ringfence.codecs.sbe.NewOrderDecoder;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.codecs.sbe.SessionState;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetPositionDecoder;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.function.ToIntFunction;

/**
 * One journal record as one line: inputs (intents decoded from SBE, broker frames as their TWS
 * fields separated by {@code |}, session changes) and decisions (with their client events).
 * For the journal tools; allocates.
 */
final class JournalText
{
    private static final int MAX_FRAME_TEXT = 400;

    private final UnsafeBuffer body = new UnsafeBuffer(new byte[64 * 1024]);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancel = new CancelOrderDecoder();
    private final TargetPositionDecoder target = new TargetPositionDecoder();
    private final NewBracketDecoder bracket = new NewBracketDecoder();
    private final BrokerSessionEventDecoder session = new BrokerSessionEventDecoder();
    private final ClientEventText clientEvents = new ClientEventText();

    String input(final JournalEntryDecoder entry)
    {
        final int length = entry.getBody(body, 0, entry.bodyLength());
        return switch (entry.kind())
        {
            case CLIENT_INTENT -> intent(length);
            case BROKER_FRAME -> "tws " + twsFields(length);
            case BROKER_SESSION -> sessionEvent(length);
            default -> entry.kind() + " (" + length + " bytes)";
        };
    }

    String decision(final DecisionDecoder decision)
    {
        final StringBuilder text = new StringBuilder("decision for input ").append(decision.inputIndex());
        if (decision.refusal() != RefusalReason.NULL_VAL)
        {
            text.append(" refused ").append(decision.refusal());
        }
        text.append(" idempotency ").append(decision.idempotency())
            .append(" action ").append(decision.action());
        if (decision.brokerOrderId() != 0)
        {
            text.append(" #").append(decision.brokerOrderId()).append(decision.sentRaw() == 1 ? " sent" : " NOT SENT");
        }
        final int length = decision.getClientEvents(body, 0, decision.clientEventsLength());
        for (final String event : clientEvents.describeAll(body, 0, length))
        {
            text.append(" | ").append(event);
        }
        return text.toString();
    }

    private String intent(final int length)
    {
        if (length < MessageHeaderDecoder.ENCODED_LENGTH)
        {
            return "intent MALFORMED (" + length + " bytes)";
        }
        header.wrap(body, 0);
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        if (header.templateId() == NewOrderDecoder.TEMPLATE_ID && length >= offset + NewOrderDecoder.BLOCK_LENGTH)
        {
            newOrder.wrap(body, offset, header.blockLength(), header.version());
            return "NewOrder corr " + newOrder.correlationId() + " " +
                name(TradingMode.values(), TradingMode::value, newOrder.modeRaw()) + " " + newOrder.account() +
                " key " + newOrder.idempotencyKey() + " " + name(Side.values(), Side::value, newOrder.sideRaw()) + " " +
                newOrder.quantity() + " " + newOrder.symbol() + " " +
                name(OrderType.values(), OrderType::value, newOrder.orderTypeRaw()) + " " +
                name(TimeInForce.values(), TimeInForce::value, newOrder.timeInForceRaw()) +
                price(" lmt ", newOrder.limitPrice()) + price(" stp ", newOrder.stopPrice());
        }
        if (header.templateId() == CancelOrderDecoder.TEMPLATE_ID && length >= offset + CancelOrderDecoder.BLOCK_LENGTH)
        {
            cancel.wrap(body, offset, header.blockLength(), header.version());
            return "CancelOrder corr " + cancel.correlationId() + " " + cancel.account() + " key " +
                cancel.idempotencyKey() + " target " + cancel.targetIdempotencyKey();
        }
        if (header.templateId() == TargetPositionDecoder.TEMPLATE_ID && length >= offset + TargetPositionDecoder.BLOCK_LENGTH)
        {
            target.wrap(body, offset, header.blockLength(), header.version());
            return "TargetPosition corr " + target.correlationId() + " " +
                name(TradingMode.values(), TradingMode::value, target.modeRaw()) + " " + target.account() +
                " key " + target.idempotencyKey() + " " + target.symbol() + " to " + target.targetQuantity() +
                price(" lmt ", target.limitPrice()) + price(" expected ", target.expectedPrice()) +
                price(" tolerance% ", target.tolerancePercent());
        }
        if (header.templateId() == NewBracketDecoder.TEMPLATE_ID && length >= offset + NewBracketDecoder.BLOCK_LENGTH)
        {
            bracket.wrap(body, offset, header.blockLength(), header.version());
            return "NewBracket corr " + bracket.correlationId() + " " +
                name(TradingMode.values(), TradingMode::value, bracket.modeRaw()) + " " + bracket.account() +
                " key " + bracket.idempotencyKey() + " " + name(Side.values(), Side::value, bracket.sideRaw()) + " " +
                bracket.quantity() + " " + bracket.symbol() + " " +
                name(OrderType.values(), OrderType::value, bracket.orderTypeRaw()) + price(" lmt ", bracket.limitPrice()) +
                price(" tp ", bracket.takeProfitPrice()) + price(" sl ", bracket.stopLossPrice());
        }
        return "intent template " + header.templateId() + " (" + length + " bytes)";
    }

    private String sessionEvent(final int length)
    {
        if (length < MessageHeaderDecoder.ENCODED_LENGTH + BrokerSessionEventDecoder.BLOCK_LENGTH)
        {
            return "session MALFORMED";
        }
        session.wrapAndApplyHeader(body, 0, header);
        return "session " + session.session() + " " + name(SessionState.values(), SessionState::value, session.stateRaw()) +
            " sv " + session.serverVersion();
    }

    private String twsFields(final int length)
    {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < length && text.length() < MAX_FRAME_TEXT; i++)
        {
            final byte b = body.getByte(i);
            text.append(b == 0 ? '|' : b >= 0x20 && b < 0x7F ? (char)b : '?');
        }
        return text.toString();
    }

    private static <E extends Enum<E>> String name(final E[] values, final ToIntFunction<E> code, final int raw)
    {
        for (final E value : values)
        {
            if (code.applyAsInt(value) == raw)
            {
                return value.name();
            }
        }
        return "?" + raw;
    }

    private static String price(final String label, final long price)
    {
        return Price.isSet(price) ? label + Price.toString(price) : "";
    }
}
