package io.ringfence.engine;

/**
 * What the output stage must send to the broker for an event.
 */
public enum OutputAction
{
    NONE,
    PLACE_ORDER,
    CANCEL_ORDER
}
