/**
 * Paper accounts: cash and per-symbol positions with cost basis, average cost and realised P&amp;L, all in
 * fixed point at scale 10<sup>-8</sup>, and generations started by a reset. Every fill moves cash and cost
 * basis (or realised P&amp;L, for its commission on a closing fill) by the same amount, so
 * {@code cash + Σ costBasis − realisedPnl} stays equal to the generation's starting cash (the invariant the
 * fill-model spec checks after every step).
 */
package io.ringfence.sim.account;
