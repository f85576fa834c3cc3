/**
 * The output stage: sends what the order stage decided to the broker through an
 * {@link io.ringfence.engine.output.OrderSender} and publishes client events on the egress rings.
 */
package io.ringfence.engine.output;
