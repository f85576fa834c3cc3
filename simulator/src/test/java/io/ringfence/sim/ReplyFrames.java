package io.ringfence.sim;

import io.ringfence.codecs.tws.TwsInboundAdapter;
import io.ringfence.codecs.tws.TwsMessageId;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns gateway frames into {@link ReplyLines} lines: the messages the codec's client adapter decodes go
 * through it; the others the gateway sends (OPEN_ORDER, COMPLETED_ORDER, positions, account summary,
 * ticks, end markers) are split into their fields here and written as one line each, e.g.
 * {@code open 1 AAPL BUY 100 LMT lmt=189 aux= tif=DAY oca= parent=0 Submitted fields=133}. The field
 * count is part of the line, so a layout off by one field shows.
 */
final class ReplyFrames
{
    private final ReplyLines lines;
    private final TwsInboundAdapter adapter;

    ReplyFrames(final ReplyLines lines)
    {
        this.lines = lines;
        this.adapter = new TwsInboundAdapter(lines);
    }

    void onFrame(final DirectBuffer buffer, final int offset, final int length, final int serverVersion)
    {
        final List<String> f = fields(buffer, offset, length);
        final int msgId = f.isEmpty() ? -1 : parseInt(f.get(0));
        switch (msgId)
        {
            case TwsMessageId.OPEN_ORDER -> lines.lines().add("open " + f.get(1) + " " + f.get(3) + " " + f.get(13) +
                " " + f.get(14) + " " + f.get(15) + " lmt=" + f.get(16) + " aux=" + f.get(17) + " tif=" + f.get(18) +
                " oca=" + f.get(19) + " parent=" + f.get(57) + " " + f.get(85) + " fields=" + f.size());
            case TwsMessageId.OPEN_ORDER_END -> lines.lines().add("openOrderEnd");
            case TwsMessageId.COMPLETED_ORDER -> lines.lines().add("completed " + f.get(2) + " " + f.get(12) + " " +
                f.get(13) + " " + f.get(14) + " filled=" + f.get(f.size() - 16) + " " + f.get(f.size() - 8) +
                " fields=" + f.size());
            case TwsMessageId.COMPLETED_ORDERS_END -> lines.lines().add("completedEnd");
            case TwsMessageId.POSITION_DATA -> lines.lines().add("position " + f.get(2) + " " + f.get(4) + " " +
                f.get(14) + " avgCost=" + f.get(15) + " fields=" + f.size());
            case TwsMessageId.POSITION_END -> lines.lines().add("positionEnd");
            case TwsMessageId.ACCOUNT_SUMMARY -> lines.lines().add(("summary " + f.get(2) + " " + f.get(3) + " " +
                f.get(4) + " " + f.get(5) + " " + f.get(6)).strip());
            case TwsMessageId.ACCOUNT_SUMMARY_END -> lines.lines().add("summaryEnd " + f.get(2));
            case TwsMessageId.CURRENT_TIME -> lines.lines().add("time " + f.get(2));
            case TwsMessageId.TICK_PRICE -> lines.lines().add("tick " + f.get(2) + " " + f.get(3) + " " + f.get(4) +
                " " + f.get(5));
            case TwsMessageId.TICK_SNAPSHOT_END -> lines.lines().add("snapshotEnd " + f.get(2));
            case TwsMessageId.EXECUTION_DATA_END -> lines.lines().add("execEnd " + f.get(2));
            default -> adapter.onFrame(buffer, offset, length, serverVersion);
        }
    }

    static List<String> fields(final DirectBuffer buffer, final int offset, final int length)
    {
        final List<String> fields = new ArrayList<>();
        int start = offset;
        for (int i = offset; i < offset + length; i++)
        {
            if (0 == buffer.getByte(i))
            {
                fields.add(buffer.getStringWithoutLengthAscii(start, i - start));
                start = i + 1;
            }
        }
        return fields;
    }

    private static int parseInt(final String text)
    {
        try
        {
            return Integer.parseInt(text);
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }
}
