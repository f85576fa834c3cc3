package io.ringfence.engine.gate;

/**
 * Recorded previews: ids from 1 up, kept in a ring of fixed capacity (the oldest is forgotten
 * first). A preview binds an account and the order's canonical hash; an approval names one.
 */
final class Previews
{
    private final long[] ids;
    private final long[] orderHashes;
    private final int[] accounts;
    private long lastId;

    Previews(final int capacity)
    {
        ids = new long[capacity];
        orderHashes = new long[capacity];
        accounts = new int[capacity];
    }

    long record(final int account, final long orderHash)
    {
        final long id = ++lastId;
        final int slot = slot(id);
        ids[slot] = id;
        orderHashes[slot] = orderHash;
        accounts[slot] = account;
        return id;
    }

    /**
     * @return whether the preview is remembered and was made for this account.
     */
    boolean exists(final long id, final int account)
    {
        return id > 0 && ids[slot(id)] == id && accounts[slot(id)] == account;
    }

    long orderHash(final long id)
    {
        return orderHashes[slot(id)];
    }

    private int slot(final long id)
    {
        return (int)((id - 1) % ids.length);
    }
}
