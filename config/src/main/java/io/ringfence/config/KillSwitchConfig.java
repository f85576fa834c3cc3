package io.ringfence.config;

/**
 * The kill switch. It is latched in the journal (an engage survives restarts until an operator
 * with {@code admin:kill-switch} releases it); this only says how the engine starts.
 *
 * @param engageOnUncleanShutdown start with the global kill switch on when the last run did not
 *                                shut down cleanly.
 */
public record KillSwitchConfig(boolean engageOnUncleanShutdown)
{
    static KillSwitchConfig read(final ConfigNode node)
    {
        final KillSwitchConfig config = new KillSwitchConfig(node.bool("engage_on_unclean_shutdown", false));
        node.rejectUnknownKeys();
        return config;
    }
}
