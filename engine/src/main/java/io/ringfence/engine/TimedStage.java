package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;

/**
 * Wraps one stage: after it handles an event, stamps {@link InboundEvent#stageDoneNs} at the
 * stage's index with {@link System#nanoTime()} (CLOCK_MONOTONIC, comparable across processes on
 * Linux), and after the last stage tells the {@link StageTimingListener}. One clock read per
 * stage per event, about 20–25 ns each; the stage itself is unchanged. The engine wraps its
 * stages only when a listener is set.
 */
final class TimedStage implements EventHandler<InboundEvent>
{
    private final EventHandler<InboundEvent> stage;
    private final int index;
    private final StageTimingListener listener;

    TimedStage(final EventHandler<InboundEvent> stage, final int index, final StageTimingListener listener)
    {
        this.stage = stage;
        this.index = index;
        this.listener = listener;
    }

    @Override
    public void onEvent(final InboundEvent event, final long sequence, final boolean endOfBatch) throws Exception
    {
        stage.onEvent(event, sequence, endOfBatch);
        event.stageDoneNs[index] = System.nanoTime();
        if (index == InboundEvent.STAGE_COUNT - 1)
        {
            listener.onStagesDone(event);
        }
    }

    @Override
    public void onBatchStart(final long batchSize, final long queueDepth)
    {
        stage.onBatchStart(batchSize, queueDepth);
    }

    @Override
    public void onStart()
    {
        stage.onStart();
    }

    @Override
    public void onShutdown()
    {
        stage.onShutdown();
    }
}
