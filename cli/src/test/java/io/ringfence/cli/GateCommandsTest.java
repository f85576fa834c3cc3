package io.ringfence.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.InputKind;
import io.ringfence.codecs.sbe.KillSwitchScope;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigLoader;
import io.ringfence.engine.InboundEvent;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.gate.Gates;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate commands: what they encode the engine's gates understand and answer, what the CLI
 * prints of an answer, and the typed codes and exit codes without an engine.
 */
class GateCommandsTest
{
    private static final String CONFIG = """
        [accounts]
        paper = ["DU8730189"]
        [[clients]]
        name = "cli"
        scopes = ["orders:paper:submit", "approvals:create", "admin:kill-switch", "admin:promote"]
        accounts = ["DU8730189"]
        """;

    @TempDir
    Path dir;

    @Test
    void shouldPreviewApproveAndEngageThroughTheGates()
    {
        final GateStage stage = new GateStage(new Gates(ConfigLoader.parse(CONFIG)));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);

        final int previewLength = GateIntents.length(GateIntents.preview(buffer).correlationId(1).mode(TradingMode.PAPER)
            .side(Side.BUY).orderType(OrderType.LIMIT).timeInForce(TimeInForce.DAY).outsideRth(BooleanType.FALSE)
            .quantity(10).limitPrice(Price.parse("190")).stopPrice(Price.NULL).account("DU8730189").symbol("AAPL"));
        final ObjectNode preview = answer(stage, buffer, previewLength, 1);
        assertThat(preview.get("ok").asBoolean()).isTrue();
        assertThat(preview.get("previewId").asLong()).isEqualTo(1);
        assertThat(preview.get("notional").decimalValue()).isEqualByComparingTo("1900");

        final ObjectNode approval = answer(stage, buffer, GateIntents.approval(buffer, 2, "DU8730189", 1, 300), 2);
        assertThat(approval.get("approvalId").asLong()).isEqualTo(1);

        final ObjectNode ack = answer(stage, buffer,
            GateIntents.killSwitch(buffer, 3, true, KillSwitchScope.ACCOUNT, "DU8730189", null, "drill"), 3);
        assertThat(ack.get("action").asText()).isEqualTo("KILL_SWITCH_ON");
        assertThat(ack.get("account").asText()).isEqualTo("DU8730189");

        final ObjectNode promoted = answer(stage, buffer, GateIntents.promote(buffer, 4, "cli", "passed paper"), 4);
        assertThat(promoted.get("action").asText()).isEqualTo("PROMOTE");
        assertThat(promoted.get("client").asText()).isEqualTo("cli");
    }

    @Test
    void shouldAnswerEngineNotRunningWithExitThreeWhenNoEngineRuns() throws IOException
    {
        final Path config = config();

        final Result result = run("kill-switch", "on", "--all", "--reason", "drill", "--json", "--config", config.toString());

        assertThat(result.exitCode).isEqualTo(ExitCodes.NO_ANSWER);
        assertThat(result.out).contains("\"ok\":false").contains("\"code\":\"ENGINE_NOT_RUNNING\"");
    }

    @Test
    void shouldRefuseAKillSwitchWithoutAReasonWithExitTwo() throws IOException
    {
        final Result result = run("kill-switch", "off", "--account", "DU8730189", "--json", "--config", config().toString());

        assertThat(result.exitCode).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out).contains("\"code\":\"MALFORMED_INTENT\"").contains("--reason");
    }

    @Test
    void shouldRefuseAnApprovalWithoutAPreviewIdWithExitTwo() throws IOException
    {
        final Result result = run("approvals", "create", "--account", "DU8730189", "--ttl-seconds", "300", "--json",
            "--config", config().toString());

        assertThat(result.exitCode).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out).contains("\"code\":\"MALFORMED_INTENT\"");
    }

    @Test
    void shouldRejectTwoKillSwitchTargetsAsAUsageError() throws IOException
    {
        final Result result = run("kill-switch", "on", "--all", "--account", "DU8730189", "--reason", "x",
            "--config", config().toString());

        assertThat(result.exitCode).isEqualTo(2);
    }

    private static ObjectNode answer(final GateStage stage, final UnsafeBuffer buffer, final int length, final long correlationId)
    {
        final InboundEvent event = new InboundEvent();
        event.input(InputKind.CLIENT_INTENT, 0, 1_000 + correlationId, buffer, 0, length);
        stage.onEvent(event, correlationId, true);
        assertThat(event.refusal).isNull();
        return new GateReply().decode(event.gateReply, 0, correlationId);
    }

    private Path config() throws IOException
    {
        final Path file = dir.resolve("ringfence.toml");
        Files.writeString(file, "run_dir = \"" + dir.resolve("run").toString().replace("\\", "/") + "\"\n" + CONFIG);
        return file;
    }

    private record Result(int exitCode, String out)
    {
    }

    private static Result run(final String... args)
    {
        final PrintStream original = System.out;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8))
        {
            System.setOut(capture);
            final int exitCode = RingfenceCli.execute(args);
            return new Result(exitCode, bytes.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(original);
        }
    }
}
