package io.ringfence.cli;

import io.ringfence.sim.PaperGateway;
import io.ringfence.sim.SimulatorContext;
import org.agrona.concurrent.ShutdownSignalBarrier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code ringfence sim}: the paper gateway simulator, until SIGINT or SIGTERM.
 */
@Command(name = "sim", description = "Run the paper gateway simulator (TWS protocol on 127.0.0.1).")
final class SimCommand implements Callable<Integer>
{
    @Option(names = "--port", defaultValue = "4002", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 = any).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Quote model seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call()
    {
        final SimulatorContext context = new SimulatorContext().port(port).quoteSeed(seed);
        try (ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
            PaperGateway gateway = PaperGateway.launch(context))
        {
            System.out.println("ringfence sim listening on 127.0.0.1:" + gateway.port() +
                " accounts " + String.join(",", context.accounts()));
            barrier.await();
        }
        return ExitCodes.OK;
    }
}
