package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;
import io.ringfence.codecs.sbe.InputKind;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimedStageTest
{
    private final List<String> calls = new ArrayList<>();
    private final List<long[]> seen = new ArrayList<>();

    @Test
    void shouldStampEachStageInOrderAndTellTheListenerOnceAfterTheLast() throws Exception
    {
        final StageChain chain = new StageChain(
            timed(InboundEvent.STAGE_JOURNAL), timed(InboundEvent.STAGE_GATES), timed(InboundEvent.STAGE_IDEMPOTENCY),
            timed(InboundEvent.STAGE_ORDER), timed(InboundEvent.STAGE_OUTPUT));
        final InboundEvent event = new InboundEvent();
        event.input(InputKind.CLIENT_INTENT, 0, 1L, new UnsafeBuffer(new byte[8]), 0, 8);
        final long beforeNs = System.nanoTime();

        chain.onEvent(event, 0, true);

        assertThat(calls).containsExactly("stage0", "stage1", "stage2", "stage3", "stage4", "listener");
        assertThat(seen).hasSize(1);
        final long[] stamps = seen.get(0);
        assertThat(stamps[0]).isGreaterThanOrEqualTo(beforeNs);
        for (int i = 1; i < InboundEvent.STAGE_COUNT; i++)
        {
            assertThat(stamps[i]).isGreaterThanOrEqualTo(stamps[i - 1]);
        }
    }

    @Test
    void shouldStampBeforeTheNextStageRuns() throws Exception
    {
        final long[] gateSawJournalDoneNs = new long[1];
        final EventHandler<InboundEvent> gate = (event, sequence, endOfBatch) ->
            gateSawJournalDoneNs[0] = event.stageDoneNs[InboundEvent.STAGE_JOURNAL];
        final InboundEvent event = new InboundEvent();
        event.stageDoneNs[InboundEvent.STAGE_JOURNAL] = 0;

        new StageChain(timed(InboundEvent.STAGE_JOURNAL), new TimedStage(gate, InboundEvent.STAGE_GATES, e -> { }))
            .onEvent(event, 0, false);

        assertThat(gateSawJournalDoneNs[0]).isNotZero().isEqualTo(event.stageDoneNs[InboundEvent.STAGE_JOURNAL]);
    }

    private TimedStage timed(final int index)
    {
        final EventHandler<InboundEvent> stage = (event, sequence, endOfBatch) -> calls.add("stage" + index);
        return new TimedStage(stage, index, event ->
        {
            calls.add("listener");
            seen.add(event.stageDoneNs.clone());
        });
    }
}
