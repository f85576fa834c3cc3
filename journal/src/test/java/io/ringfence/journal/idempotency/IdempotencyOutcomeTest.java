package io.ringfence.journal.idempotency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every claim outcome, as scenarios: steps separated by ';'. {@code claim ACCOUNT KEY REQUEST NOW
 * -> OUTCOME} claims and checks the outcome; {@code sent|acked|adopt|release ACCOUNT KEY} and
 * {@code final ACCOUNT KEY NOW} apply a transition that must succeed; {@code reopen} closes the
 * table and opens it again (a new run).
 */
class IdempotencyOutcomeTest
{
    private static final long NEVER = Long.MAX_VALUE;

    @TempDir
    Path dir;

    private final KeyBuffer keys = new KeyBuffer();
    private IdempotencyTable table;

    static Stream<Arguments> scenarios()
    {
        return Stream.of(
            arguments("new key", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW"),
            arguments("same request replays", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; claim DU1 k1 7 1 -> REPLAY"),
            arguments("different request conflicts", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; claim DU1 k1 8 1 -> CONFLICT"),
            arguments("keys are scoped per account", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; claim DU2 k1 8 0 -> NEW; claim DU1 k1 7 1 -> REPLAY; " +
                "claim DU2 k1 8 1 -> REPLAY; claim DU2 k1 7 1 -> CONFLICT"),
            arguments("final order replays its receipt", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; sent DU1 k1; acked DU1 k1; final DU1 k1 5; claim DU1 k1 7 6 -> REPLAY"),
            arguments("conflict across a restart", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; sent DU1 k1; reopen; claim DU1 k1 8 1 -> CONFLICT; " +
                "claim DU1 k1 7 1 -> REPLAY"),
            arguments("pending in this run replays", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; claim DU1 k1 7 0 -> REPLAY"),
            arguments("pending left by a crash, adopted", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; reopen; claim DU1 k1 7 1 -> PENDING_RECOVERY; " +
                "claim DU1 k1 8 1 -> PENDING_RECOVERY; adopt DU1 k1; claim DU1 k1 7 2 -> REPLAY; " +
                "claim DU1 k1 8 2 -> CONFLICT"),
            arguments("pending left by a crash, released", 64, NEVER,
                "claim DU1 k1 7 0 -> NEW; reopen; claim DU1 k1 7 1 -> PENDING_RECOVERY; release DU1 k1; " +
                "claim DU1 k1 8 2 -> NEW; claim DU1 k1 8 3 -> REPLAY"),
            arguments("full table refuses a new key", 4, NEVER,
                "claim DU1 k1 1 0 -> NEW; claim DU1 k2 2 0 -> NEW; claim DU1 k3 3 0 -> NEW; " +
                "claim DU1 k4 4 0 -> FULL; claim DU1 k1 1 0 -> REPLAY"),
            arguments("full table never overwrites a live key", 4, 10L,
                "claim DU1 k1 1 0 -> NEW; claim DU1 k2 2 0 -> NEW; claim DU1 k3 3 0 -> NEW; sent DU1 k3; " +
                "claim DU1 k4 4 1000 -> FULL; claim DU1 k1 1 1000 -> REPLAY; claim DU1 k3 3 1000 -> REPLAY"),
            arguments("expired final records are reclaimed", 4, 10L,
                "claim DU1 k1 1 0 -> NEW; claim DU1 k2 2 0 -> NEW; claim DU1 k3 3 0 -> NEW; " +
                "final DU1 k1 0; final DU1 k2 0; final DU1 k3 0; claim DU1 k4 4 9 -> FULL; " +
                "claim DU1 k4 4 10 -> NEW; claim DU1 k4 4 11 -> REPLAY"),
            arguments("expired released records are reclaimed", 4, 10L,
                "claim DU1 k1 1 0 -> NEW; claim DU1 k2 2 0 -> NEW; claim DU1 k3 3 0 -> NEW; reopen; " +
                "release DU1 k1; release DU1 k2; release DU1 k3; claim DU1 k4 4 10 -> NEW"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldAnswerEachClaimAsTheScenarioSays(
        final String name, final int capacity, final long retentionNs, final String scenario)
    {
        final Path file = dir.resolve("idempotency");
        table = IdempotencyTable.open(file, capacity, retentionNs);
        try
        {
            for (final String step : scenario.split(";"))
            {
                apply(file, capacity, retentionNs, step.trim().split(" +"));
            }
        }
        finally
        {
            table.close();
        }
    }

    private void apply(final Path file, final int capacity, final long retentionNs, final String[] step)
    {
        if ("reopen".equals(step[0]))
        {
            table.close();
            table = IdempotencyTable.open(file, capacity, retentionNs);
            assertThat(table.openStatus()).isEqualTo(OpenStatus.CLEAN);
            return;
        }
        if ("claim".equals(step[0]))
        {
            final ClaimOutcome outcome = keys.claim(table, step[1], step[2], Long.parseLong(step[3]),
                Long.parseLong(step[4]));
            assertThat(outcome).as(String.join(" ", step)).isEqualTo(ClaimOutcome.valueOf(step[6]));
            return;
        }

        final int entry = keys.find(table, step[1], step[2]);
        assertThat(entry).as(String.join(" ", step)).isNotNegative();
        final boolean applied;
        switch (step[0])
        {
            case "sent": applied = table.markSent(entry, 42, 0); break;
            case "acked": applied = table.markAcked(entry, 4242L, 0); break;
            case "final": applied = table.markFinal(entry, (byte)9, Long.parseLong(step[3])); break;
            case "adopt": applied = table.adopt(entry, 43, 4343L, 0); break;
            case "release": applied = table.release(entry, 0); break;
            default: throw new IllegalArgumentException(step[0]);
        }
        assertThat(applied).as(String.join(" ", step)).isTrue();
    }
}
