package io.ringfence.engine;

import io.ringfence.client.RingfenceClient;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.BooleanType;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.sbe.TradingMode;

import java.nio.file.Path;

/**
 * A strategy process for {@link EndToEndIT}: maps the client's rings, publishes one market buy
 * and exits. Args: run dir, client name, correlation id, idempotency key.
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
            client.newOrder()
                .correlationId(Long.parseLong(args[2]))
                .mode(TradingMode.PAPER)
                .side(Side.BUY)
                .orderType(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY)
                .outsideRth(BooleanType.TRUE)
                .quantity(10)
                .limitPrice(Price.NULL)
                .stopPrice(Price.NULL)
                .account("DU8730189")
                .symbol("AAPL")
                .idempotencyKey(args[3]);
            final boolean published = client.commit();
            System.out.println(published ? "PUBLISHED" : "RING_FULL");
            System.exit(published ? 0 : 1);
        }
    }
}
