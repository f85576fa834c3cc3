package io.ringfence.cli;

import io.ringfence.config.ConfigException;
import io.ringfence.engine.Engine;
import io.ringfence.engine.EngineContext;
import org.agrona.concurrent.ShutdownSignalBarrier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code ringfence run}: the engine, until SIGINT or SIGTERM.
 */
@Command(mixinStandardHelpOptions = true, name = "run", description = "Run the engine until interrupted.")
final class RunCommand implements Callable<Integer>
{
    @Mixin
    ConfigOption config;

    @Override
    public Integer call()
    {
        final EngineContext context;
        try
        {
            context = new EngineContext().config(config.load());
        }
        catch (final ConfigException ex)
        {
            System.err.println("config error: " + ex.getMessage());
            return ExitCodes.CONFIG_ERROR;
        }
        try (ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
            Engine ignored = Engine.launch(context))
        {
            System.out.println("ringfence engine running; run dir " + context.config().runDir().toAbsolutePath());
            barrier.await();
        }
        catch (final IllegalStateException ex)
        {
            System.err.println("engine failed to start: " + ex.getMessage());
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }
}
