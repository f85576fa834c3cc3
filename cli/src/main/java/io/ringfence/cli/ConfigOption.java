package io.ringfence.cli;

import io.ringfence.config.ConfigLoader;
import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --config FILE}: the engine's TOML file; without it, the built-in default
 * (paper mode, gateway 127.0.0.1:4002, the default paper accounts, clients cli and demo).
 */
final class ConfigOption
{
    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: built-in paper config).")
    Path file;

    RingfenceConfig load()
    {
        return file == null ? ConfigLoader.loadDefault() : ConfigLoader.load(file);
    }
}
