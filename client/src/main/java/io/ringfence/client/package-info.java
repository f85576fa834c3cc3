/**
 * What a strategy process links: {@link io.ringfence.client.RingfenceClient} maps its client's
 * ring files, publishes SBE intents and polls SBE events. Nothing else — no engine, no sockets.
 */
package io.ringfence.client;
