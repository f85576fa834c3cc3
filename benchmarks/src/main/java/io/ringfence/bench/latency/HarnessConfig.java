package io.ringfence.bench.latency;

import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine config of a harness run: the built-in default ({@code ringfence.toml}) with the
 * journal durability chosen, the per-client rate limit off, quantity, position and open-order
 * limits out of the way (every order stays open at the sink), room for every order, and the
 * chosen thread layout and idle strategy. Each change must match exactly one line of the default,
 * so a renamed key fails loudly here.
 */
public final class HarnessConfig
{
    private HarnessConfig()
    {
    }

    /**
     * For benchmarks of the decision stages alone (no engine, no directories used).
     */
    public static RingfenceConfig decisionStages(final long orders)
    {
        return build("shared", "backoff", "process", orders, Path.of("unused"), 4002);
    }

    public static RingfenceConfig build(
        final String threadLayout, final String idleStrategy, final String durability, final long orders,
        final Path runDir, final int port)
    {
        String toml = defaultToml();
        toml = set(toml, "durability", '"' + durability + '"');
        toml = set(toml, "thread_layout", '"' + threadLayout + '"');
        toml = set(toml, "idle_strategy", '"' + idleStrategy + '"');
        toml = set(toml, "max_orders", Long.toString(Math.max(65_536, orders + 1_024)));
        toml = set(toml, "max_orders_per_second", "0");
        toml = set(toml, "max_position", "1000000000");
        toml = set(toml, "max_order_qty", "1000000000");
        toml = set(toml, "max_open_orders", "1000000000");
        toml = set(toml, "max_order_notional", "\"1000000000\"");
        return ConfigLoader.parse(toml).withDirs(runDir, runDir.resolve("journal")).withPaperGatewayPort(port);
    }

    private static String set(final String toml, final String key, final String value)
    {
        final Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + " = .*$").matcher(toml);
        if (!matcher.find())
        {
            throw new IllegalStateException("harness config: key not found in the default config: " + key);
        }
        final String result = matcher.replaceFirst(Matcher.quoteReplacement(key + " = " + value));
        if (matcher.find())
        {
            throw new IllegalStateException("harness config: key appears twice in the default config: " + key);
        }
        return result;
    }

    private static String defaultToml()
    {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULT_RESOURCE))
        {
            if (null == in)
            {
                throw new IllegalStateException("no " + ConfigLoader.DEFAULT_RESOURCE + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
