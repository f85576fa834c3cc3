package io.ringfence.cli;

import io.ringfence.config.ConfigException;
import io.ringfence.engine.status.StatusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code ringfence errors}: the engine's distinct error log — each distinct exception once, with
 * how often and when it was first and last seen.
 */
@Command(mixinStandardHelpOptions = true, name = "errors", description = "Print the engine's distinct error log.")
final class ErrorsCommand implements Callable<Integer>
{
    @Mixin
    ConfigOption config;

    @Override
    public Integer call()
    {
        try (StatusReader reader = StatusReader.open(config.load().runDir()))
        {
            final int distinct = reader.readErrors((count, firstMs, lastMs, text) -> System.out.println(
                count + " observation(s), first " + Instant.ofEpochMilli(firstMs) + ", last " + Instant.ofEpochMilli(lastMs) +
                System.lineSeparator() + text));
            System.out.println(distinct + " distinct error(s)");
            return ExitCodes.OK;
        }
        catch (final ConfigException ex)
        {
            System.err.println("config error: " + ex.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        catch (final IllegalStateException ex)
        {
            System.err.println(ex.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
