package io.ringfence.engine;

import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.engine.output.OrderSender;
import io.ringfence.tws.TwsSession;

/**
 * The output stage's sender over one TWS session.
 */
final class SessionOrderSender implements OrderSender
{
    private final TwsSession session;

    SessionOrderSender(final TwsSession session)
    {
        this.session = session;
    }

    @Override
    public boolean placeOrder(final TwsOrder order)
    {
        return session.placeOrder(order);
    }

    @Override
    public boolean cancelOrder(final int brokerOrderId)
    {
        return session.cancelOrder(brokerOrderId);
    }

    @Override
    public void requestReconciliation(final long delayNs)
    {
        session.requestRecoveryAfter(delayNs);
    }

    @Override
    public long pacingDelayTotalNs()
    {
        return session.pacingDelayTotalNs();
    }
}
