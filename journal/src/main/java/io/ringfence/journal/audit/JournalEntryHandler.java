package io.ringfence.journal.audit;

import io.ringfence.codecs.sbe.JournalEntryDecoder;

/**
 * Receives journal records in order. The decoder is only valid during the call.
 */
@FunctionalInterface
public interface JournalEntryHandler
{
    void onEntry(long index, JournalEntryDecoder entry);
}
