/**
 * JMH benchmark of the first thing the engine does with a client's bytes: wrap and check the SBE
 * intent (template, version, lengths) and read its fields, for every intent template.
 */
package io.ringfence.bench.intent;
