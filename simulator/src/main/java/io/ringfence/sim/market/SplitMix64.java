package io.ringfence.sim.market;

/**
 * The SplitMix64 generator (Steele, Lea, Flood 2014), spelled out here so that a seed produces the same
 * sequence on every JDK.
 */
final class SplitMix64
{
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(final long seed)
    {
        state = seed;
    }

    long nextLong()
    {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param bound inclusive bound, >= 0.
     * @return a value in {@code [-bound, bound]}.
     */
    int nextSymmetric(final int bound)
    {
        return (int)Math.floorMod(nextLong(), 2L * bound + 1) - bound;
    }
}
