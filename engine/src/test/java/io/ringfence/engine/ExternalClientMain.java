package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;

import java.nio.file.Path;

/**
 * A strategy process for {@link EndToEndIT}: maps the client's rings, publishes one market buy of
 * 10 AAPL and exits. Args: run dir, client name, correlation id, idempotency key.
 */
public final class ExternalClientMain
{
    private ExternalClientMain()
    {
    }

    public static void main(final String[] args)
    {
        try (RingfenceClient client = RingfenceClient.connect(Path.of(args[0]), args[1]))
        {
            Intents.defaults(client.newOrder(), Long.parseLong(args[2])).idempotencyKey(args[3]);
            final boolean published = client.commit();
            System.out.println(published ? "PUBLISHED" : "RING_FULL");
            System.exit(published ? 0 : 1);
        }
    }
}
