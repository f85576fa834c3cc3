/**
 * The {@code ringfence} command (picocli): run the engine, run the paper gateway simulator,
 * run the demo, submit and cancel orders as the {@code cli} client.
 */
package io.ringfence.cli;
