package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.tws.CommissionReportDecoder;
import io.ringfence.codecs.tws.ErrorMessageDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.codecs.tws.OrderStatusDecoder;
import io.ringfence.codecs.tws.TwsInboundHandler;
import io.ringfence.codecs.tws.TwsProtocolError;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Gateway replies, decoded by the codec's {@code TwsInboundAdapter}, as one line of text each, e.g.
 * {@code status 1 Filled filled=100 remaining=0 avg=190.01 permId=1000000001 clientId=7} or
 * {@code error 1 201 Order rejected - reason:…}: what the tests and the scenario files compare.
 */
final class ReplyLines implements TwsInboundHandler
{
    private final List<String> lines = new ArrayList<>();

    List<String> lines()
    {
        return lines;
    }

    public void onNextValidId(final int orderId)
    {
        lines.add("nextValidId " + orderId);
    }

    public void onManagedAccounts(final DirectBuffer buffer, final int offset, final int length)
    {
        lines.add("accounts " + buffer.getStringWithoutLengthAscii(offset, length));
    }

    public void onOrderStatus(final OrderStatusDecoder decoder)
    {
        lines.add("status " + decoder.orderId() + " " + decoder.status().text() + " filled=" + decoder.filled() +
            " remaining=" + decoder.remaining() + " avg=" + Price.toString(decoder.avgFillPrice()) +
            " permId=" + decoder.permId() + " clientId=" + decoder.clientId());
    }

    public void onError(final ErrorMessageDecoder decoder)
    {
        lines.add("error " + decoder.id() + " " + decoder.code() + " " + decoder.message());
    }

    public void onExecution(final ExecutionDataDecoder decoder)
    {
        lines.add("exec " + decoder.orderId() + " " + decoder.symbol() + " " + decoder.sideText() + " " +
            decoder.shares() + "@" + Price.toString(decoder.price()) + " cum=" + decoder.cumQty() +
            " avg=" + Price.toString(decoder.avgPrice()) + " acct=" + decoder.account() +
            " ref=" + decoder.orderRef() + " reqId=" + decoder.reqId() + " permId=" + decoder.permId() +
            " conId=" + decoder.conId() + " execId=" + decoder.execId());
    }

    public void onCommissionReport(final CommissionReportDecoder decoder)
    {
        lines.add("commission " + decoder.execId() + " " + Price.toString(decoder.commission()) + " " +
            decoder.currency() + " realized=" + Price.toString(decoder.realizedPnl()));
    }

    public void onUnhandled(final int msgId)
    {
        lines.add("unhandled " + msgId);
    }

    public void onProtocolError(final TwsProtocolError error, final int msgId)
    {
        lines.add("protocolError " + msgId + " " + error);
    }
}
