package io.ringfence.cli;

/**
 * Exit codes of {@code ringfence}, stable for scripts.
 */
final class ExitCodes
{
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    static final int NO_ANSWER = 3;
    static final int CONFIG_ERROR = 78;

    private ExitCodes()
    {
    }
}
