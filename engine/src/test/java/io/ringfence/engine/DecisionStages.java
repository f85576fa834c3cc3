package io.ringfence.engine;

import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.gate.Gates;
import io.ringfence.engine.idempotency.IdempotencyKeys;
import io.ringfence.engine.idempotency.IdempotencyStage;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.engine.order.OrderStage;

/**
 * The deterministic stages 2–4 driven directly, in order, as the pipeline drives them: what a
 * replay of the journal runs.
 */
public final class DecisionStages
{
    private final GateStage gates;
    private final IdempotencyStage idempotency;
    private final OrderStage orders;
    private final OrderBook book;
    private long sequence;

    public DecisionStages(final RingfenceConfig config, final int capacity)
    {
        gates = new GateStage(new Gates(config));
        idempotency = new IdempotencyStage(new IdempotencyKeys(capacity));
        book = new OrderBook(capacity);
        orders = new OrderStage(book);
    }

    public DecisionStages()
    {
        this(ConfigLoader.loadDefault(), 64);
    }

    public InboundEvent handle(final InboundEvent event)
    {
        final long seq = sequence++;
        gates.onEvent(event, seq, true);
        idempotency.onEvent(event, seq, true);
        orders.onEvent(event, seq, true);
        return event;
    }

    public OrderBook book()
    {
        return book;
    }

    public OrderStage orderStage()
    {
        return orders;
    }
}
