package io.ringfence.sim;

/**
 * Faults armed on command ({@link PaperGateway}'s fault methods, the control port) and consumed by the
 * sessions as the events they affect happen, so that each fault hits a known message: the next order
 * status, the next execution, the next order. Gateway thread only.
 */
final class GatewayFaults
{
    private int dropOrderStatusCount;
    private long orderStatusDelayMs;
    private int delayOrderStatusCount;
    private boolean execBeforeOpenOrder;
    private int duplicateExecutionCount;

    /**
     * The next {@code count} ORDER_STATUS frames, to any client, are never sent.
     */
    void dropOrderStatus(final int count)
    {
        dropOrderStatusCount += count;
    }

    /**
     * The next {@code count} ORDER_STATUS frames are held back {@code delayMs} and then sent, after frames
     * written in the meantime.
     */
    void delayOrderStatus(final int count, final long delayMs)
    {
        delayOrderStatusCount = count;
        orderStatusDelayMs = delayMs;
    }

    /**
     * The next order placed that fills at once reports its EXECUTION_DATA before its OPEN_ORDER and
     * ORDER_STATUS frames.
     */
    void execBeforeOpenOrder()
    {
        execBeforeOpenOrder = true;
    }

    /**
     * The next {@code count} executions are each sent twice (same execId).
     */
    void duplicateExecutions(final int count)
    {
        duplicateExecutionCount += count;
    }

    boolean consumeDropOrderStatus()
    {
        if (dropOrderStatusCount > 0)
        {
            dropOrderStatusCount--;
            return true;
        }
        return false;
    }

    /**
     * @return the delay for this ORDER_STATUS, 0 for none.
     */
    long consumeOrderStatusDelayMs()
    {
        if (delayOrderStatusCount > 0)
        {
            delayOrderStatusCount--;
            return orderStatusDelayMs;
        }
        return 0;
    }

    boolean consumeExecBeforeOpenOrder()
    {
        final boolean armed = execBeforeOpenOrder;
        execBeforeOpenOrder = false;
        return armed;
    }

    boolean consumeDuplicateExecution()
    {
        if (duplicateExecutionCount > 0)
        {
            duplicateExecutionCount--;
            return true;
        }
        return false;
    }

    void clear()
    {
        dropOrderStatusCount = 0;
        delayOrderStatusCount = 0;
        orderStatusDelayMs = 0;
        execBeforeOpenOrder = false;
        duplicateExecutionCount = 0;
    }
}
