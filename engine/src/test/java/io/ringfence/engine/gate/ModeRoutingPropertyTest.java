package io.ringfence.engine.gate;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.TradingMode;
import io.ringfence.config.ConfigException;
import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.InboundEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property (fixed seed): for random accounts, modes and configs, no order for a {@code DU…}
 * account is ever accepted for LIVE, and no live account's order for PAPER; and a config that
 * lists a {@code DU…} account as live never loads.
 */
class ModeRoutingPropertyTest
{
    private static final int CONFIGS = 200;
    private static final int ORDERS_PER_CONFIG = 100;

    @Test
    void shouldNeverAcceptAnOrderForTheOtherModesAccount()
    {
        final Random random = new Random(42);
        int accepted = 0;
        for (int c = 0; c < CONFIGS; c++)
        {
            final List<String> paper = accounts(random, "DU", 1 + random.nextInt(3));
            final List<String> live = accounts(random, "U", random.nextInt(3));
            final List<String> all = new ArrayList<>(paper);
            all.addAll(live);
            final RingfenceConfig config = ConfigLoader.parse(config(random, paper, live, all));
            final GateStage stage = new GateStage(new Gates(config));
            final long liveApprovalFree = 0;
            for (int i = 0; i < ORDERS_PER_CONFIG; i++)
            {
                final String account = random.nextInt(10) == 0 ? "DU" + random.nextInt(1000) : all.get(random.nextInt(all.size()));
                final TradingMode mode = TradingMode.values()[random.nextInt(3)];
                final InboundEvent event = GateIntents.submit(0, 1_000L + i, liveApprovalFree, o -> o.mode(mode).account(account)
                    .orderType(OrderType.LIMIT).limitPrice(Price.ofUnits(100)).quantity(1).idempotencyKey("k" + random.nextInt()));

                stage.onEvent(event, i, true);

                if (event.refusal == null)
                {
                    accepted++;
                    assertThat(mode).isEqualTo(account.startsWith("DU") ? TradingMode.PAPER : TradingMode.LIVE);
                    assertThat(config.isPaperAccount(account) ? TradingMode.PAPER : TradingMode.LIVE).isEqualTo(mode);
                }
            }
        }
        assertThat(accepted).isGreaterThan(CONFIGS);
    }

    @Test
    void shouldRefuseAConfigWithAPaperAccountInTheLiveList()
    {
        final Random random = new Random(7);
        for (int i = 0; i < 50; i++)
        {
            final List<String> live = accounts(random, "DU", 1);
            assertThatThrownBy(() -> ConfigLoader.parse(config(random, List.of("DU1"), live, List.of("DU1"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("accounts.live[0]");
        }
    }

    private static List<String> accounts(final Random random, final String prefix, final int count)
    {
        final List<String> accounts = new ArrayList<>();
        while (accounts.size() < count)
        {
            final String account = prefix + (1_000_000 + random.nextInt(9_000_000));
            if (!accounts.contains(account))
            {
                accounts.add(account);
            }
        }
        return accounts;
    }

    private static String config(final Random random, final List<String> paper, final List<String> live, final List<String> all)
    {
        return """
            [trading]
            paper_enabled = %s
            live_enabled = %s
            [accounts]
            paper = %s
            live = %s
            [risk]
            max_orders_per_second = 0
            [[clients]]
            name = "c"
            scopes = ["orders:paper:submit", "orders:live:submit"]
            accounts = %s
            """.formatted(random.nextInt(4) > 0, random.nextBoolean(), quoted(paper), quoted(live), quoted(all));
    }

    private static String quoted(final List<String> values)
    {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }
}
