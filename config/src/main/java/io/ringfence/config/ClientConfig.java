package io.ringfence.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One strategy (or the CLI) allowed to write intents: its ring files live under
 * {@code <run_dir>/clients/<name>/}.
 *
 * @param name                 unique, {@code [a-z0-9_-]{1,32}}; also the ring directory name.
 * @param scopes               what it may do.
 * @param accounts             which accounts it may trade.
 * @param ingressCapacityBytes its ingress ring's capacity, a power of two.
 * @param egressCapacityBytes  its egress broadcast buffer's capacity, a power of two.
 */
public record ClientConfig(
    String name, Set<Scope> scopes, List<String> accounts, int ingressCapacityBytes, int egressCapacityBytes)
{
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final int DEFAULT_CAPACITY_BYTES = 1 << 20;

    public boolean hasScope(final Scope scope)
    {
        return scopes.contains(scope);
    }

    static ClientConfig read(final ConfigNode node)
    {
        final String name = node.string("name", null);
        if (!NAME.matcher(name).matches())
        {
            throw new ConfigException(node.key("name"), "'" + name + "' must match " + NAME.pattern());
        }
        final Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        final List<String> scopeTexts = node.strings("scopes");
        for (int i = 0; i < scopeTexts.size(); i++)
        {
            scopes.add(Scope.parse(node.key("scopes") + "[" + i + "]", scopeTexts.get(i)));
        }
        final ClientConfig config = new ClientConfig(
            name,
            scopes,
            List.copyOf(node.strings("accounts")),
            powerOfTwo(node, "ingress_capacity_bytes"),
            powerOfTwo(node, "egress_capacity_bytes"));
        node.rejectUnknownKeys();
        return config;
    }

    private static int powerOfTwo(final ConfigNode node, final String name)
    {
        final long value = node.integer(name, DEFAULT_CAPACITY_BYTES, 1 << 12, 1 << 30);
        if (Long.bitCount(value) != 1)
        {
            throw new ConfigException(node.key(name), value + " must be a power of two");
        }
        return (int)value;
    }
}
