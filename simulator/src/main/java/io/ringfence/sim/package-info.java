/**
 * The paper gateway simulator: a TWS-protocol server ({@link io.ringfence.sim.PaperGateway}, configured by
 * {@link io.ringfence.sim.SimulatorContext}, run standalone by {@link io.ringfence.sim.SimulatorMain}) that
 * lets TWS clients trade against simulated accounts and quotes on a loopback port. Everything else here is
 * package-private wiring on the gateway's single thread: the selector loop, one connection and one protocol
 * session per client, the replies they send and the router of order events; the market itself lives in
 * the {@code account}, {@code market} and {@code order} sub-packages and knows nothing of sockets.
 */
package io.ringfence.sim;
