package io.ringfence.config;

/**
 * A configuration value that is missing, malformed or not allowed. The message always starts
 * with the dotted key path, e.g. {@code gateway.paper.port: 70000 is not in 1..65535}.
 */
public final class ConfigException extends RuntimeException
{
    private final String key;

    public ConfigException(final String key, final String problem)
    {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key()
    {
        return key;
    }
}
