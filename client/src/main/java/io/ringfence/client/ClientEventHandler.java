package io.ringfence.client;

import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.PositionReportDecoder;
import io.ringfence.codecs.sbe.QueryEndDecoder;
import io.ringfence.codecs.sbe.TargetResultDecoder;

/**
 * Events from the engine to this client. Decoders are only valid during the call. Every process
 * of one client sees every event of that client: filter by correlation id.
 */
public interface ClientEventHandler
{
    void onAccepted(OrderAcceptedDecoder accepted);

    void onRefused(OrderRefusedDecoder refused);

    void onStatus(OrderStatusUpdateDecoder status);

    void onFill(FillDecoder fill);

    /**
     * What a target position found and sent (or that nothing was needed).
     */
    default void onTargetResult(final TargetResultDecoder result)
    {
    }

    /**
     * One symbol of a positions query's answer.
     */
    default void onPositionReport(final PositionReportDecoder position)
    {
    }

    /**
     * The end of a query's answer, with its count (truncated when more matched than it carries).
     */
    default void onQueryEnd(final QueryEndDecoder end)
    {
    }

    /**
     * The broadcast buffer lapped this reader: events were missed, so re-query state rather than guess.
     */
    default void onLapped(final long lappedCount)
    {
    }
}
