/**
 * Load harnesses for the paper gateway simulator over real loopback sockets: sustained request rate and
 * request-to-status latency with many resting orders, measured from each request's scheduled send time so
 * that a stall is charged to every request it delays.
 */
package io.ringfence.bench.sim;
