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
@Command(mixinStandardHelpOptions = true, name = "sim", description = "Run the paper gateway simulator (TWS protocol on 127.0.0.1).")
final class SimCommand implements Callable<Integer>
{
    @Option(names = "--port", defaultValue = "4002", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 = any).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Quote model seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--regular-hours", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Fill only 09:30-16:00 New York on weekdays unless an order allows outside-RTH, as IB does " +
            "(default); --no-regular-hours fills around the clock.")
    boolean regularHours;

    @Option(names = "--control-port", defaultValue = "-1",
        description = "Loopback port for fault and admin commands (default off; 0 = any).")
    int controlPort;

    @Override
    public Integer call()
    {
        final SimulatorContext context = new SimulatorContext()
            .port(port)
            .quoteSeed(seed)
            .regularTradingHours(regularHours)
            .controlPort(controlPort);
        try (ShutdownSignalBarrier barrier = new ShutdownSignalBarrier();
            PaperGateway gateway = PaperGateway.launch(context))
        {
            System.out.println("ringfence sim listening on 127.0.0.1:" + gateway.port() +
                " accounts " + String.join(",", context.accounts()) +
                (regularHours ? " (regular trading hours)" : " (all hours)") +
                (controlPort >= 0 ? " control port " + gateway.controlPort() : ""));
            barrier.await();
        }
        return ExitCodes.OK;
    }
}
