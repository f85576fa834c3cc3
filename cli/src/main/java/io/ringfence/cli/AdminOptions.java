package io.ringfence.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of the operator commands ({@code kill-switch}, {@code promote}), whose {@code --client}
 * names the target: the operator's own client (its ring, whose scopes the gates check) is
 * {@code --as-client}.
 */
final class AdminOptions
{
    @Mixin
    ConfigOption config;

    @Option(names = "--as-client", defaultValue = "cli", description = "The operator's client in the config (default ${DEFAULT-VALUE}).")
    String asClient;

    @Option(names = "--timeout-seconds", defaultValue = "10", description = "How long to wait for the answer (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    ClientOptions toClientOptions()
    {
        final ClientOptions options = new ClientOptions();
        options.config = config;
        options.client = asClient;
        options.timeoutSeconds = timeoutSeconds;
        options.json = json;
        return options;
    }
}
