package io.ringfence.sim;

import io.ringfence.sim.market.Quote;
import io.ringfence.sim.market.QuoteListener;
import io.ringfence.sim.order.Execution;
import io.ringfence.sim.order.OrderEventListener;
import io.ringfence.sim.order.RejectReason;
import io.ringfence.sim.order.SimOrder;
import org.agrona.collections.Int2ObjectHashMap;

import java.util.ArrayList;

/**
 * Which connected session owns each client id, delivery of order events to it, and of quote moves and
 * notices to every session. As at IB, orders outlive their session: events for a client that is not
 * connected are dropped (a reconnecting client reconciles), and a client that reconnects with the same
 * id receives the events of its old orders.
 */
final class SessionRouter implements OrderEventListener, QuoteListener
{
    private final Int2ObjectHashMap<ClientSession> sessionByClientId = new Int2ObjectHashMap<>();
    private final ArrayList<ClientSession> sessions = new ArrayList<>();

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
        sessions.add(session);
        return true;
    }

    void unbind(final int clientId, final ClientSession session)
    {
        if (sessionByClientId.get(clientId) == session)
        {
            sessionByClientId.remove(clientId);
            sessions.remove(session);
        }
    }

    int sessionCount()
    {
        return sessions.size();
    }

    /**
     * Send an ERR_MSG notice with id -1 to every started session.
     */
    void broadcastNotice(final int code, final String text)
    {
        for (int i = 0, size = sessions.size(); i < size; i++)
        {
            sessions.get(i).onNotice(code, text);
        }
    }

    public void onQuote(final Quote quote, final long nowMs)
    {
        for (int i = 0, size = sessions.size(); i < size; i++)
        {
            sessions.get(i).onQuote(quote);
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
