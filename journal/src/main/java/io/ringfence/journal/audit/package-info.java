/**
 * The input journal: one Chronicle Queue document per pipeline input, each an SBE
 * {@code JournalEntry} (sequence, timestamp, kind, source, body). Appending reuses one encoder
 * and one scratch buffer; reading is sequential and allocation-free per record.
 */
package io.ringfence.journal.audit;
