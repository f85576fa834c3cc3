package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.MessageHeaderDecoder;
import io.ringfence.codecs.sbe.PreviewResultDecoder;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.BrokerFrames;
import io.ringfence.engine.DecisionState;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview's what-if figures through the real stages: the gates answer it, and the order stage
 * adds the position the order would leave, from the executions it has applied.
 */
class PreviewResultTest
{
    @Test
    void shouldStateThePositionThePreviewedOrderWouldLeave()
    {
        try (DecisionState stages = new DecisionState(ConfigLoader.loadDefault()))
        {
            stages.apply(BrokerFrames.connected(1_000));
            stages.apply(BrokerFrames.nextValidId(2_000, 100));
            stages.apply(Intents.newOrder(1, 3_000, o -> { }));
            stages.apply(BrokerFrames.execution(4_000, 100, "e1", 10, "190"));

            assertThat(resultingPosition(stages.apply(GateIntents.preview(1, 5_000, p -> p.quantity(5))))).isEqualTo(15);
            assertThat(resultingPosition(stages.apply(GateIntents.preview(1, 6_000, p -> p.side(Side.SELL).quantity(25)))))
                .isEqualTo(-15);
        }
    }

    private static long resultingPosition(final InboundEvent event)
    {
        final int offset = Integer.BYTES;
        final MessageHeaderDecoder header = new MessageHeaderDecoder().wrap(event.egress, offset);
        assertThat(header.templateId()).isEqualTo(PreviewResultDecoder.TEMPLATE_ID);
        return new PreviewResultDecoder().wrapAndApplyHeader(event.egress, offset, header).resultingPosition();
    }
}
