/**
 * Paper accounts: cash and per-symbol positions with cost basis, average cost and realised P&amp;L, all in
 * fixed point at scale 10<sup>-8</sup>. Every fill moves cash and cost basis by the same amount, so
 * {@code cash + Σ costBasis − realisedPnl} stays equal to the starting cash (the invariant the fill-model
 * tests check after every step).
 */
package io.ringfence.sim.account;
