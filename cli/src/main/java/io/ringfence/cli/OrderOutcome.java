package io.ringfence.cli;

import io.ringfence.codecs.sbe.OrderState;
import io.ringfence.codecs.sbe.RefusalReason;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine said about one order, as the CLI collected it.
 */
final class OrderOutcome
{
    record FillLine(String execId, long quantity, long price, long cumulativeQuantity)
    {
    }

    final List<String> lifecycle = new ArrayList<>();
    final List<FillLine> fills = new ArrayList<>();
    boolean accepted;
    int brokerOrderId;
    OrderState state;
    long filledQuantity;
    long remainingQuantity;
    long avgFillPrice;
    RefusalReason refusal;
    int brokerCode;
    String detail = "";

    boolean isFinal()
    {
        if (refusal != null)
        {
            return true;
        }
        if (state == null)
        {
            return false;
        }
        return switch (state)
        {
            case FILLED, CANCELLED, REFUSED, REJECTED, INACTIVE, EXPIRED -> true;
            default -> false;
        };
    }

    boolean isRefused()
    {
        return refusal != null;
    }
}
