package io.ringfence.engine;

/**
 * Told about every event once the last stage is done with it, on the pipeline thread that ran
 * that stage, with {@link InboundEvent#stageDoneNs} filled in. For latency harnesses: it must not
 * allocate, block or keep the event.
 */
@FunctionalInterface
public interface StageTimingListener
{
    StageTimingListener NONE = event -> { };

    void onStagesDone(InboundEvent event);
}
