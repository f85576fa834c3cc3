package io.ringfence.engine.ingress;

import io.ringfence.config.ClientConfig;
import io.ringfence.config.RingfenceConfig;
import org.agrona.CloseHelper;

import java.util.List;

/**
 * Every configured client's rings, indexed by the client's position in the config. A client's
 * index is its identity inside the pipeline (the {@code source} of its intents).
 */
public final class ClientRings implements AutoCloseable
{
    private final ClientRing[] rings;

    public ClientRings(final RingfenceConfig config)
    {
        final List<ClientConfig> clients = config.clients();
        rings = new ClientRing[clients.size()];
        try
        {
            for (int i = 0; i < rings.length; i++)
            {
                rings[i] = new ClientRing(i, clients.get(i), config.runDir());
            }
        }
        catch (final RuntimeException ex)
        {
            CloseHelper.closeAll(rings);
            throw ex;
        }
    }

    public int count()
    {
        return rings.length;
    }

    public ClientRing get(final int index)
    {
        return rings[index];
    }

    @Override
    public void close()
    {
        CloseHelper.closeAll(rings);
    }
}
