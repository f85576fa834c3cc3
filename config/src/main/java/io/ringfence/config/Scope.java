package io.ringfence.config;

import java.util.Arrays;
import java.util.List;

/**
 * What a client may ask for. A client's identity is the ring it writes to, and its scopes come
 * from the config; the gate stage checks the scope of every action.
 */
public enum Scope
{
    ORDERS_PAPER_SUBMIT("orders:paper:submit"),
    ORDERS_PAPER_CANCEL("orders:paper:cancel"),
    ORDERS_PAPER_MODIFY("orders:paper:modify"),
    ORDERS_LIVE_SUBMIT("orders:live:submit"),
    ORDERS_LIVE_CANCEL("orders:live:cancel"),
    ORDERS_LIVE_MODIFY("orders:live:modify"),
    APPROVALS_CREATE("approvals:create"),
    ADMIN_KILL_SWITCH("admin:kill-switch"),
    ADMIN_PROMOTE("admin:promote");

    private static final Scope[] VALUES = values();

    private final String text;

    Scope(final String text)
    {
        this.text = text;
    }

    public String text()
    {
        return text;
    }

    public static List<String> texts()
    {
        return Arrays.stream(VALUES).map(Scope::text).toList();
    }

    static Scope parse(final String key, final String text)
    {
        for (final Scope scope : VALUES)
        {
            if (scope.text.equals(text))
            {
                return scope;
            }
        }
        throw new ConfigException(key, "'" + text + "' is not a scope; allowed: " + texts());
    }
}
