/**
 * Client rings as the engine sees them: each configured client's ingress ring (read here) and
 * egress broadcast buffer (written by the output stage), memory-mapped under the run directory,
 * and the {@link io.ringfence.engine.ingress.IngressAgent} that copies intents into the pipeline.
 */
package io.ringfence.engine.ingress;
