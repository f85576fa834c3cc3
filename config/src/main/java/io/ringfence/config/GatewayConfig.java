package io.ringfence.config;

/**
 * Where one TWS session connects: IB Gateway's paper port is 4002, its live port 4001.
 *
 * @param host     loopback or the gateway's host.
 * @param port     TCP port.
 * @param clientId      TWS API client id of the engine's session; unique per gateway.
 * @param restartWindow the gateway's daily restart window, or null for none.
 */
public record GatewayConfig(String host, int port, int clientId, RestartWindow restartWindow)
{
    static GatewayConfig read(final ConfigNode node, final int defaultPort, final int defaultClientId)
    {
        final GatewayConfig config = new GatewayConfig(
            node.string("host", "127.0.0.1"),
            (int)node.integer("port", defaultPort, 1, 65_535),
            (int)node.integer("client_id", defaultClientId, 0, Integer.MAX_VALUE),
            node.has("restart_window") ?
                RestartWindow.parse(node.key("restart_window"), node.string("restart_window", null)) : null);
        node.rejectUnknownKeys();
        return config;
    }
}
