package io.ringfence.engine;

import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.gate.Gates;
import io.ringfence.engine.gate.PositionLimits;
import io.ringfence.engine.idempotency.IdempotencyKeys;
import io.ringfence.engine.idempotency.IdempotencyStage;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.engine.order.OrderStage;
import io.ringfence.engine.status.EngineCounters;

import java.nio.file.Path;

/**
 * The deterministic part of the engine: stages 2–4 (gates, idempotency, order book) and their
 * state. The running engine puts them in its pipeline; the journal tools rebuild them from a
 * journal to print or verify the state without running an engine.
 */
public final class DecisionState
{
    private final GateStage gateStage;
    private final IdempotencyStage idempotencyStage;
    private final OrderBook book;
    private final OrderStage orderStage;
    private long sequence;

    public DecisionState(final RingfenceConfig config, final EngineCounters counters)
    {
        final int capacity = config.engine().maxOrders();
        gateStage = new GateStage(new Gates(config));
        idempotencyStage = new IdempotencyStage(new IdempotencyKeys(capacity));
        book = new OrderBook(capacity);
        orderStage = new OrderStage(book, new PositionLimits(config), counters);
    }

    /**
     * With private counters: for tools and tests.
     */
    public DecisionState(final RingfenceConfig config)
    {
        this(config, EngineCounters.inMemory());
    }

    /**
     * Feed every journaled input through the stages, in order, with nothing sent or journaled.
     *
     * @param listener sees each input after the stages decided it (may be null).
     * @return the number of inputs replayed.
     */
    public long replay(final Path journalDir, final JournalReplay.Listener listener)
    {
        return new JournalReplay(listener, gateStage, idempotencyStage, orderStage).replay(journalDir);
    }

    /**
     * Decide one input, as the pipeline would (without journaling or sending): for tests,
     * benchmarks and tools.
     */
    public InboundEvent apply(final InboundEvent event)
    {
        final long seq = sequence++;
        gateStage.onEvent(event, seq, true);
        idempotencyStage.onEvent(event, seq, true);
        orderStage.onEvent(event, seq, true);
        return event;
    }

    public OrderBook book()
    {
        return book;
    }

    GateStage gateStage()
    {
        return gateStage;
    }

    IdempotencyStage idempotencyStage()
    {
        return idempotencyStage;
    }

    public OrderStage orderStage()
    {
        return orderStage;
    }
}
