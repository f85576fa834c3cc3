package io.ringfence.journal.idempotency;

/**
 * What {@link IdempotencyTable#open} found in the file.
 */
public enum OpenStatus
{
    /**
     * No file (or an empty one): a new, empty table was created.
     */
    CREATED,

    /**
     * The table was closed cleanly and its header checksum and every record checksum match.
     */
    CLEAN,

    /**
     * No clean-shutdown flag: the previous writer crashed. The header is sane and every record
     * checksum matches, so the table is usable; compare {@link IdempotencyTable#watermark()}
     * with the journal before trusting it.
     */
    UNCLEAN,

    /**
     * Bad magic, layout version, record length, capacity, header checksum, file length or a
     * record checksum (a torn or damaged record). The table is not mapped: call
     * {@link IdempotencyTable#clear()} and rebuild it from the journal.
     */
    CORRUPT
}
