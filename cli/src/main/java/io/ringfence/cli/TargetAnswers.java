package io.ringfence.cli;

import io.ringfence.client.ClientEventHandler;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.FillDecoder;
import io.ringfence.codecs.sbe.OrderAcceptedDecoder;
import io.ringfence.codecs.sbe.OrderRefusedDecoder;
import io.ringfence.codecs.sbe.OrderStatusUpdateDecoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TargetResultDecoder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's answers to one batch of target positions, by correlation id (one per symbol): what
 * each found and sent, or its refusal, and the latest status of the order it sent.
 */
final class TargetAnswers implements ClientEventHandler
{
    static final class Row
    {
        final String symbol;
        final String key;
        boolean answered;
        long current;
        long working;
        long desired;
        long delta;
        String action = "";
        long quantity;
        String orderType = "";
        long limitPrice = Price.NULL;
        int brokerOrderId;
        String status = "";
        String refusal;

        Row(final String symbol, final String key)
        {
            this.symbol = symbol;
            this.key = key;
        }

        boolean isSent()
        {
            return brokerOrderId > 0;
        }
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();

    void expect(final long correlationId, final String symbol, final String key)
    {
        rows.put(correlationId, new Row(symbol, key));
    }

    Iterable<Row> rows()
    {
        return rows.values();
    }

    boolean allAnswered()
    {
        return rows.values().stream().allMatch(row -> row.answered);
    }

    /**
     * Every symbol answered, and every order sent has a status from the broker.
     */
    boolean allSettled()
    {
        return rows.values().stream().allMatch(row -> row.answered && (!row.isSent() || !row.status.equals("ACCEPTED")));
    }

    @Override
    public void onTargetResult(final TargetResultDecoder result)
    {
        final Row row = rows.get(result.correlationId());
        if (row == null)
        {
            return;
        }
        row.answered = true;
        row.current = result.currentPosition();
        row.working = result.workingQuantity();
        row.desired = result.desiredPosition();
        row.delta = result.delta();
        row.brokerOrderId = result.brokerOrderId();
        if (result.side() == Side.NULL_VAL)
        {
            row.action = "no_change";
            row.status = "NO_CHANGE";
            return;
        }
        row.action = result.side().name();
        row.quantity = result.quantity();
        row.orderType = result.orderType().name();
        row.limitPrice = result.limitPrice();
        if (row.status.isEmpty())
        {
            row.status = "ACCEPTED";
        }
    }

    @Override
    public void onAccepted(final OrderAcceptedDecoder accepted)
    {
    }

    @Override
    public void onRefused(final OrderRefusedDecoder refused)
    {
        final Row row = rows.get(refused.correlationId());
        if (row != null)
        {
            row.answered = true;
            row.refusal = refused.reason().name();
            row.status = "REFUSED";
        }
    }

    @Override
    public void onStatus(final OrderStatusUpdateDecoder status)
    {
        final Row row = rows.get(status.correlationId());
        if (row != null)
        {
            row.status = status.state().name();
        }
    }

    @Override
    public void onFill(final FillDecoder fill)
    {
    }
}
