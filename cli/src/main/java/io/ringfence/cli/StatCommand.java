package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ringfence.config.ConfigException;
import io.ringfence.engine.status.StatusReader;
import org.agrona.concurrent.status.CountersReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code ringfence stat}: the running engine's counters, read from {@code <run_dir>/status},
 * refreshed every second until interrupted (like AeronStat), or once.
 */
@Command(mixinStandardHelpOptions = true, name = "stat", description = "Print the engine's counters (refreshing, or --once).")
final class StatCommand implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConfigOption config;

    @Option(names = "--once", description = "Print once and exit.")
    boolean once;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "Refresh interval (default ${DEFAULT-VALUE}).")
    long intervalMs;

    @Option(names = "--json", description = "One JSON object of label to value per refresh.")
    boolean json;

    @Override
    public Integer call() throws Exception
    {
        final Path runDir;
        try
        {
            runDir = config.load().runDir();
        }
        catch (final ConfigException ex)
        {
            System.err.println("config error: " + ex.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        try (StatusReader reader = StatusReader.open(runDir))
        {
            do
            {
                print(reader.counters());
                if (!once)
                {
                    Thread.sleep(intervalMs);
                }
            }
            while (!once);
        }
        catch (final IllegalStateException ex)
        {
            System.err.println(ex.getMessage());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private void print(final CountersReader counters) throws Exception
    {
        if (json)
        {
            final ObjectNode node = JSON.createObjectNode();
            counters.forEach((value, counterId, label) -> node.put(label, value));
            System.out.println(JSON.writeValueAsString(node));
            return;
        }
        System.out.println(Instant.now() + " - ringfence counters");
        System.out.println("=".repeat(72));
        counters.forEach((value, counterId, label) -> System.out.printf("%3d: %,20d - %s%n", counterId, value, label));
        System.out.println();
    }
}
