package io.ringfence.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates {@code ringfence.toml}. Every failure is a {@link ConfigException} naming
 * the key; unknown keys are errors; cross-field rules (a {@code DU…} account is paper, no account
 * in both lists, a client's accounts are configured accounts, overrides name configured accounts
 * and clients) are checked here, once.
 */
public final class ConfigLoader
{
    public static final String DEFAULT_RESOURCE = "/ringfence.toml";
    private static final String PAPER_PREFIX = "DU";

    private ConfigLoader()
    {
    }

    public static RingfenceConfig load(final Path file)
    {
        try
        {
            return parse(Files.readString(file));
        }
        catch (final NoSuchFileException ex)
        {
            throw new ConfigException("(file)", "config file not found: " + file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The built-in default: paper mode, gateway 127.0.0.1:4002, the default paper accounts,
     * clients {@code cli} and {@code demo}.
     */
    public static RingfenceConfig loadDefault()
    {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE))
        {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    public static RingfenceConfig parse(final String toml)
    {
        final JsonNode tree;
        try
        {
            tree = new TomlMapper().readTree(toml);
        }
        catch (final JacksonException ex)
        {
            throw new ConfigException("(syntax)", ex.getOriginalMessage());
        }
        return read(new ConfigNode("", tree));
    }

    private static RingfenceConfig read(final ConfigNode root)
    {
        final Path runDir = Path.of(root.string("run_dir", "run"));
        final JournalConfig journal = JournalConfig.read(root.table("journal"), runDir);

        final EngineConfig engine = EngineConfig.read(root.table("engine"));

        final ConfigNode trading = root.table("trading");
        final boolean paperEnabled = trading.bool("paper_enabled", true);
        final boolean liveEnabled = trading.bool("live_enabled", false);
        trading.rejectUnknownKeys();

        final ConfigNode gateway = root.table("gateway");
        final GatewayConfig paperGateway = GatewayConfig.read(gateway.table("paper"), 4002, 1);
        final GatewayConfig liveGateway = GatewayConfig.read(gateway.table("live"), 4001, 1);
        gateway.rejectUnknownKeys();
        if (paperGateway.port() == liveGateway.port() && paperGateway.host().equals(liveGateway.host()))
        {
            throw new ConfigException("gateway.live.port", liveGateway.port() + " is also the paper gateway's port");
        }

        final ConfigNode accounts = root.table("accounts");
        final List<String> paperAccounts = accountList(accounts, "paper", true);
        final List<String> liveAccounts = accountList(accounts, "live", false);
        accounts.rejectUnknownKeys();
        for (final String account : liveAccounts)
        {
            if (paperAccounts.contains(account))
            {
                throw new ConfigException("accounts.live", account + " is listed as paper and live");
            }
        }

        final List<ClientConfig> clients = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        for (final ConfigNode node : root.tableArray("clients"))
        {
            final ClientConfig client = ClientConfig.read(node);
            if (!names.add(client.name()))
            {
                throw new ConfigException(node.key("name"), "'" + client.name() + "' is used by another client");
            }
            for (final String account : client.accounts())
            {
                if (!paperAccounts.contains(account) && !liveAccounts.contains(account))
                {
                    throw new ConfigException(node.key("accounts"),
                        account + " is not in accounts.paper or accounts.live");
                }
            }
            clients.add(client);
        }
        if (clients.isEmpty())
        {
            throw new ConfigException("clients", "at least one [[clients]] table is required");
        }
        final List<String> allAccounts = new ArrayList<>(paperAccounts);
        allAccounts.addAll(liveAccounts);
        final GateConfig gates = new GateConfig(
            ApprovalsConfig.read(root.table("approvals"), paperAccounts),
            KillSwitchConfig.read(root.table("kill_switch")),
            RiskConfig.read(root.table("risk"), allAccounts, List.copyOf(names)));
        root.rejectUnknownKeys();

        return new RingfenceConfig(
            runDir, journal, engine, paperEnabled, liveEnabled, paperGateway, liveGateway,
            paperAccounts, liveAccounts, List.copyOf(clients), gates);
    }

    private static List<String> accountList(final ConfigNode accounts, final String name, final boolean paper)
    {
        final List<String> list = accounts.strings(name);
        final Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++)
        {
            final String account = list.get(i);
            final String key = accounts.key(name) + "[" + i + "]";
            if (account.isEmpty() || account.length() > 16 || !account.chars().allMatch(Character::isLetterOrDigit))
            {
                throw new ConfigException(key, "'" + account + "' is not an account id (1 to 16 letters or digits)");
            }
            if (paper != account.startsWith(PAPER_PREFIX))
            {
                throw new ConfigException(key, "'" + account + "' " + (paper ?
                    "is not a paper account (paper accounts start with DU)" :
                    "is a paper account (DU…) and can never be live"));
            }
            if (!seen.add(account))
            {
                throw new ConfigException(key, "'" + account + "' is listed twice");
            }
        }
        return List.copyOf(list);
    }
}
