/**
 * Portfolio history per paper account: equity, cash, market value, realised and unrealised P&amp;L and
 * drawdown, sampled by {@link io.ringfence.sim.history.PortfolioHistories} on every fill, on every account
 * reset and on a fixed interval of the simulator's own clock, into a bounded, preallocated
 * {@link io.ringfence.sim.history.PortfolioHistory} per account (the oldest samples make way when it is
 * full). Off the gateway thread, copies of the samples are exported as CSV or JSON by
 * {@link io.ringfence.sim.history.HistoryExport} and drawn as an equity curve (PNG, XChart) by
 * {@link io.ringfence.sim.history.EquityCurvePlot}. Knows nothing of sockets.
 */
package io.ringfence.sim.history;
