package io.ringfence.tws;

import io.ringfence.codecs.tws.OpenOrderDecoder;
import io.ringfence.codecs.tws.TwsAccounts;
import io.ringfence.codecs.tws.TwsOrderStatus;
import org.agrona.collections.IntArrayList;

/**
 * A mass cancel scoped to one account and one client: fed the OPEN_ORDER frames of a
 * REQ_OPEN_ORDERS answer, it remembers the live orders of that account placed by that client and
 * then cancels them one by one. Unlike REQ_GLOBAL_CANCEL, which cancels every order of every
 * account on the login (manual ones included), it never touches another account's orders (client
 * audit lesson: "cancel_all touched every account").
 * <p>
 * Not thread safe: collect on the reader thread and cancel from the sending thread only after a
 * hand-off, or do both on one thread. Allocation-free after construction (up to its capacity).
 */
public final class AccountCancelSweep
{
    /**
     * Where the cancels go; {@link TwsSession#cancelOrder(int)} fits.
     */
    @FunctionalInterface
    public interface CancelSender
    {
        boolean cancelOrder(int orderId);
    }

    private final String account;
    private final int clientId;
    private final IntArrayList orderIds;

    /**
     * @param account  the only account whose orders are cancelled.
     * @param clientId the only API client whose orders are cancelled (others cannot be cancelled anyway).
     */
    public AccountCancelSweep(final String account, final int clientId, final int initialCapacity)
    {
        if (null == account || account.isEmpty())
        {
            throw new IllegalArgumentException("a cancel sweep needs an account");
        }
        this.account = account;
        this.clientId = clientId;
        this.orderIds = new IntArrayList(initialCapacity, IntArrayList.DEFAULT_NULL_VALUE);
    }

    /**
     * Consider one OPEN_ORDER.
     *
     * @return true if the order was added to the sweep.
     */
    public boolean onOpenOrder(final OpenOrderDecoder order)
    {
        if (!TwsAccounts.belongsTo(order, account) || order.clientId() != clientId || 0 == order.orderId() ||
            !isLive(order.status()) || orderIds.containsInt(order.orderId()))
        {
            return false;
        }
        orderIds.addInt(order.orderId());
        return true;
    }

    /**
     * Cancel every collected order, then forget them.
     *
     * @return cancels accepted by the sender.
     */
    public int cancelAll(final CancelSender sender)
    {
        int accepted = 0;
        for (int i = 0, size = orderIds.size(); i < size; i++)
        {
            if (sender.cancelOrder(orderIds.getInt(i)))
            {
                accepted++;
            }
        }
        orderIds.clear();
        return accepted;
    }

    public int size()
    {
        return orderIds.size();
    }

    public String account()
    {
        return account;
    }

    public void reset()
    {
        orderIds.clear();
    }

    private static boolean isLive(final TwsOrderStatus status)
    {
        switch (status)
        {
            case FILLED:
            case CANCELLED:
            case API_CANCELLED:
            case INACTIVE:
                return false;
            default:
                return true;
        }
    }
}
