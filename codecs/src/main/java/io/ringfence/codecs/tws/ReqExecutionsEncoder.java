package io.ringfence.codecs.tws;

import org.agrona.MutableDirectBuffer;

/**
 * REQ_EXECUTIONS (7), client to gateway, version 3: {@code [7, 3, reqId, clientId, acctCode, time,
 * symbol, secType, exchange, side]} (10 fields at 176..193; the lastNDays / specificDates fields
 * arrive only at 200). Answered by EXECUTION_DATA (with this reqId) and COMMISSION_REPORT frames, then
 * EXECUTION_DATA_END.
 */
public final class ReqExecutionsEncoder
{
    private static final int VERSION = 3;

    private final TwsFieldWriter writer = new TwsFieldWriter();

    /**
     * @return frame length in bytes, prefix included.
     */
    public int encode(
        final MutableDirectBuffer buffer, final int offset, final int reqId, final TwsExecutionFilter filter)
    {
        return writer.beginFrame(buffer, offset)
            .putInt(TwsMessageId.REQ_EXECUTIONS)
            .putInt(VERSION)
            .putInt(reqId)
            .putInt(filter.clientId())
            .putAscii(filter.account())
            .putAscii(filter.time())
            .putAscii(filter.symbol())
            .putAscii(filter.secType())
            .putAscii(filter.exchange())
            .putAscii(filter.side())
            .endFrame();
    }
}
