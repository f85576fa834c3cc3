package io.ringfence.engine.gate;

import io.ringfence.codecs.sbe.KillSwitchScope;

/**
 * The kill switches: one global, one per account, one per client. Latched: only an explicit
 * release turns one off, and as every engage and release is a journaled input, replay restores
 * them after a restart.
 */
final class KillSwitches
{
    private final boolean[] accounts;
    private final boolean[] clients;
    private boolean global;

    KillSwitches(final int accountCount, final int clientCount)
    {
        accounts = new boolean[accountCount];
        clients = new boolean[clientCount];
    }

    /**
     * @param index the account or client index; ignored for GLOBAL.
     */
    void set(final KillSwitchScope scope, final int index, final boolean engaged)
    {
        switch (scope)
        {
            case GLOBAL -> global = engaged;
            case ACCOUNT -> accounts[index] = engaged;
            case CLIENT -> clients[index] = engaged;
            default -> throw new IllegalArgumentException("scope " + scope);
        }
    }

    boolean isActive(final int account, final int client)
    {
        return global || accounts[account] || clients[client];
    }

    boolean isGlobalActive()
    {
        return global;
    }
}
