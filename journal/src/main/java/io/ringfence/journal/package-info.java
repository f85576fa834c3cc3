/**
 * Durable state: the Chronicle Queue input journal ({@code journal.audit}), the engine's source
 * of truth for audit and recovery.
 */
package io.ringfence.journal;
