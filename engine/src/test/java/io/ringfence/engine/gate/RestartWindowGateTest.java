package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.RefusalReason;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.Intents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's daily restart window refuses new submits by the event's journaled time (in the
 * window's zone, across midnight and daylight saving), never cancels.
 */
class RestartWindowGateTest
{
    private final GateStage stage = new GateStage(new Gates(ConfigLoader.parse("""
        [gateway.paper]
        restart_window = "23:40-00:10 America/New_York"
        [accounts]
        paper = ["DU8730189"]
        [[clients]]
        name = "trader"
        scopes = ["orders:paper:submit", "orders:paper:cancel"]
        accounts = ["DU8730189"]
        """)));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-11-24T04:39:59Z, false",
        "2026-11-24T04:40:00Z, true",
        "2026-11-24T05:09:59Z, true",
        "2026-11-24T05:10:00Z, false",
        "2026-07-14T03:45:00Z, true",
        "2026-07-14T04:45:00Z, false",
        "2026-11-24T17:00:00Z, false"})
    void shouldRefuseSubmitsInsideTheWindowOnly(final Instant time, final boolean inWindow)
    {
        final long timestampNs = time.getEpochSecond() * 1_000_000_000L;
        final InboundEvent submit = Intents.newOrder(0, timestampNs, o -> { });
        final InboundEvent cancel = Intents.cancel(0, timestampNs, c -> { });

        stage.onEvent(submit, 0, true);
        stage.onEvent(cancel, 1, true);

        assertThat(submit.refusal).isEqualTo(inWindow ? RefusalReason.GATEWAY_RESTART_WINDOW : null);
        assertThat(cancel.refusal).isNull();
    }
}
