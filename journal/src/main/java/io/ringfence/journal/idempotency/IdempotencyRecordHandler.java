package io.ringfence.journal.idempotency;

/**
 * Receives the records of a table, one call per occupied slot, in slot order.
 */
@FunctionalInterface
public interface IdempotencyRecordHandler
{
    /**
     * One record. The flyweight is reused: copy what must outlive the call.
     *
     * @param record positioned on an occupied slot; check {@link IdempotencyRecord#isChecksumValid()}.
     */
    void onRecord(IdempotencyRecord record);
}
