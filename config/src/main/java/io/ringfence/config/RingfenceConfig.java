package io.ringfence.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole engine configuration, validated ({@link ConfigLoader}). Live trading is off unless
 * {@code trading.live_enabled = true}; paper accounts ({@code DU…}) route only to the paper gateway.
 *
 * @param runDir        ring files, counters and other runtime state.
 * @param journal       the Chronicle Queue input journal: where, how durable, how it rolls.
 * @param engine        pipeline sizing and threading.
 * @param paperEnabled  whether paper orders may be sent at all.
 * @param liveEnabled   whether live orders may be sent at all.
 * @param paperGateway  the paper session's gateway (IB Gateway 4002 or {@code ringfence sim}).
 * @param liveGateway   the live session's gateway (IB Gateway 4001).
 * @param paperAccounts paper accounts, each {@code DU…}.
 * @param liveAccounts  live accounts, never {@code DU…}.
 * @param clients       who may write intents.
 * @param gates         approvals, kill switch and pre-trade risk.
 */
public record RingfenceConfig(
    Path runDir,
    JournalConfig journal,
    EngineConfig engine,
    boolean paperEnabled,
    boolean liveEnabled,
    GatewayConfig paperGateway,
    GatewayConfig liveGateway,
    List<String> paperAccounts,
    List<String> liveAccounts,
    List<ClientConfig> clients,
    GateConfig gates)
{
    public Path journalDir()
    {
        return journal.dir();
    }

    public boolean isPaperAccount(final String account)
    {
        return paperAccounts.contains(account);
    }

    public boolean isLiveAccount(final String account)
    {
        return liveAccounts.contains(account);
    }

    /**
     * @return the client's index (its position in {@link #clients()}), or -1.
     */
    public int clientIndex(final String name)
    {
        for (int i = 0; i < clients.size(); i++)
        {
            if (clients.get(i).name().equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    public ClientConfig client(final String name)
    {
        for (final ClientConfig client : clients)
        {
            if (client.name().equals(name))
            {
                return client;
            }
        }
        return null;
    }

    /**
     * The same configuration with other directories, for tests and the demo.
     */
    public RingfenceConfig withDirs(final Path runDir, final Path journalDir)
    {
        return new RingfenceConfig(
            runDir, journal.withDir(journalDir), engine, paperEnabled, liveEnabled, paperGateway, liveGateway,
            paperAccounts, liveAccounts, clients, gates);
    }

    /**
     * The same configuration with the paper gateway at another port, for tests and the demo.
     */
    public RingfenceConfig withPaperGatewayPort(final int port)
    {
        return new RingfenceConfig(
            runDir, journal, engine, paperEnabled, liveEnabled,
            new GatewayConfig(paperGateway.host(), port, paperGateway.clientId(), paperGateway.restartWindow()), liveGateway,
            paperAccounts, liveAccounts, clients, gates);
    }
}
