package io.ringfence.cli;

import io.ringfence.client.RingfenceClient;
import io.ringfence.config.ConfigException;
import io.ringfence.config.RingfenceConfig;

/**
 * Opens the CLI's client rings of a running engine, or says why it cannot.
 */
final class ClientConnection
{
    private ClientConnection()
    {
    }

    static final class NotRunning extends Exception
    {
        NotRunning(final String message)
        {
            super(message, null, false, false);
        }
    }

    static RingfenceClient open(final ClientOptions options) throws NotRunning
    {
        final RingfenceConfig config;
        try
        {
            config = options.config.load();
        }
        catch (final ConfigException ex)
        {
            throw new NotRunning("config error: " + ex.getMessage());
        }
        if (config.client(options.client) == null)
        {
            throw new NotRunning("no client '" + options.client + "' in the config");
        }
        try
        {
            return RingfenceClient.connect(config.runDir(), options.client);
        }
        catch (final IllegalStateException ex)
        {
            throw new NotRunning(ex.getMessage());
        }
    }
}
