package io.ringfence.engine.gate;

/**
 * Which clients have a recorded paper-to-live promotion ({@code ringfence promote}, scope
 * {@code admin:promote}, journaled like every intent). Live orders need one.
 */
final class Promotions
{
    private final boolean[] promoted;

    Promotions(final int clientCount)
    {
        promoted = new boolean[clientCount];
    }

    void promote(final int client)
    {
        promoted[client] = true;
    }

    boolean isPromoted(final int client)
    {
        return promoted[client];
    }
}
