package io.ringfence.sim;

import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * Which connected session owns each client id, and delivery of order events to it. As at IB, orders
 * outlive their session: events for a client that is not connected are dropped (a reconnecting client
 * reconciles), and a client that reconnects with the same id receives the events of its old orders.
 */
final class SessionRouter implements OrderEventListener
{
    private final Int2ObjectHashMap<ClientSession> sessionByClientId = new Int2ObjectHashMap<>();

    /**
     * @return false if another live session already holds the client id (IB error 326).
     */
    boolean bind(final int clientId, final ClientSession session)
    {
        final ClientSession existing = sessionByClientId.get(clientId);
        if (null != existing)
        {
            return existing == session;
        }

        sessionByClientId.put(clientId, session);
        return true;
    }

    void unbind(final int clientId, final ClientSession session)
    {
        if (sessionByClientId.get(clientId) == session)
        {
            sessionByClientId.remove(clientId);
        }
    }

    public void onOrderStatus(final SimOrder order)
    {
        final ClientSession session = sessionByClientId.get(order.clientId());
        if (null != session)
        {
            session.onOrderStatus(order);
        }
    }

    public void onExecution(final SimOrder order, final Execution execution)
    {
        final ClientSession session = sessionByClientId.get(order.clientId());
        if (null != session)
        {
            session.onExecution(order, execution);
        }
    }

    public void onOrderRejected(final SimOrder order, final RejectReason reason)
    {
        final ClientSession session = sessionByClientId.get(order.clientId());
        if (null != session)
        {
            session.onOrderRejected(order, reason);
        }
    }
}
