package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;

/**
 * Runs several stages in order on one thread, for small machines: the Disruptor still sequences
 * every event, each stage stays its own class with its own state, and end-of-batch reaches
 * every stage so I/O stages still act per batch.
 */
final class StageChain implements EventHandler<InboundEvent>
{
    private final EventHandler<InboundEvent>[] stages;

    @SafeVarargs
    StageChain(final EventHandler<InboundEvent>... stages)
    {
        this.stages = stages.clone();
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch) throws Exception
    {
        for (final EventHandler<InboundEvent> stage : stages)
        {
            stage.onEvent(event, sequence, endOfBatch);
        }
    }

    @Override
    public void onBatchStart(final long batchSize, final long queueDepth)
    {
        for (final EventHandler<InboundEvent> stage : stages)
        {
            stage.onBatchStart(batchSize, queueDepth);
        }
    }

    @Override
    public void onStart()
    {
        for (final EventHandler<InboundEvent> stage : stages)
        {
            stage.onStart();
        }
    }

    @Override
    public void onShutdown()
    {
        for (final EventHandler<InboundEvent> stage : stages)
        {
            stage.onShutdown();
        }
    }
}
