package io.ringfence.cli;

import io.ringfence.codecs.sbe.TradingMode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that speak to a running engine as one of its clients.
 */
final class ClientOptions
{
    @Mixin
    ConfigOption config;

    @Option(names = "--client", defaultValue = "cli", description = "Client name in the config (default ${DEFAULT-VALUE}).")
    String client;

    @Option(names = "--timeout-seconds", defaultValue = "10", description = "How long to wait for a final state (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--enable-paper", description = "Intend paper trading (the intent names its mode).")
    boolean enablePaper;

    @Option(names = "--enable-live", description = "Intend live trading (the intent names its mode).")
    boolean enableLive;

    TradingMode mode()
    {
        if (enableLive && !enablePaper)
        {
            return TradingMode.LIVE;
        }
        return enablePaper && !enableLive ? TradingMode.PAPER : TradingMode.NONE;
    }
}
