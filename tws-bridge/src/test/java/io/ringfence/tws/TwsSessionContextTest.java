package io.ringfence.tws;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TwsSessionContextTest
{
    @Test
    void shouldUseGatewayPaperDefaultsWhenNothingIsSet()
    {
        final TwsSessionContext ctx = new TwsSessionContext().conclude();

        assertThat(ctx.host()).isEqualTo("127.0.0.1");
        assertThat(ctx.port()).isEqualTo(4002);
        assertThat(ctx.isConcluded()).isTrue();
        assertThat(ctx.toString()).contains("host=127.0.0.1", "port=4002", "clientId=0", "maxFrameLengthBytes=1048576");
    }

    @Test
    void shouldNameTheSettingWhenValueIsInvalid()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().port(0).conclude())
            .withMessageContaining("port");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().host(" ").conclude())
            .withMessageContaining("host");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().connectTimeoutMs(0).conclude())
            .withMessageContaining("connectTimeoutMs");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().maxFrameLengthBytes(100).conclude())
            .withMessageContaining("maxFrameLengthBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().socketSendBufferBytes(-1).conclude())
            .withMessageContaining("socketSendBufferBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().connectOptions("+A B").conclude())
            .withMessageContaining("connectOptions");
    }

    @Test
    void shouldPaceByDefaultAndTurnPacingOffOnlyWhenAskedExplicitly()
    {
        assertThat(new TwsSessionContext().conclude().pacing()).isTrue();
        assertThat(new TwsSessionContext().conclude().toString()).contains("pacing=true");

        final TwsSessionContext sink = new TwsSessionContext().pacing(false).conclude();
        assertThat(sink.pacing()).isFalse();
        assertThat(sink.toString()).contains("pacing=false");
        assertThatIllegalArgumentException().isThrownBy(() -> new TwsSessionContext().pacingRatePerSecond(0).conclude())
            .withMessageContaining("pacingRatePerSecond");
    }
}
