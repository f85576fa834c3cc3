/**
 * The simulator's market: one top-of-book {@link io.ringfence.sim.market.Quote} (bid, ask, displayed sizes
 * that fills deplete, update time, last trade) per {@link io.ringfence.sim.market.Instrument}, held by a
 * {@link io.ringfence.sim.market.QuoteBook} that derives a bid/ask spread from each reference price and,
 * when asked, moves every mid price by a seeded, deterministic random walk so that tests can predict fill
 * prices, or replays a CSV of recorded quotes on the simulator's clock
 * ({@link io.ringfence.sim.market.QuoteReplay}, checked row by row at start-up); and the
 * {@link io.ringfence.sim.market.TradingHours} that say when the market is open and when a
 * trading day closes. Knows nothing of orders or sockets.
 */
package io.ringfence.sim.market;
