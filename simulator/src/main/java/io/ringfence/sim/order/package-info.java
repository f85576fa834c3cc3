/**
 * Orders and the conservative, quote-aware fill model. An {@link io.ringfence.sim.order.OrderBook}
 * validates each {@link io.ringfence.sim.order.OrderRequest} (terms, parent, cash for an opening buy),
 * fills against the top of book only (buys at the ask, sells at the bid, a limit only when the quote
 * reaches it, stops and trailing stops triggered and tracked on the quote, never on a missing, crossed or
 * stale quote, at most the displayed size, outside regular hours only for {@code outsideRth} orders),
 * holds bracket children until their parent fills, applies one-cancels-all, modifies live orders on a
 * reused id, expires DAY orders at the close, charges a {@link io.ringfence.sim.order.CommissionSchedule},
 * books fills into the {@link io.ringfence.sim.account.Account}s, keeps the order and execution history,
 * and reports every transition to an {@link io.ringfence.sim.order.OrderEventListener}. Orders are
 * identified, as at IB, by (clientId, orderId). Time comes in as an argument, so the model is driven
 * directly by tests ({@code OrderBookTest} is its behavioural spec, with an invariant check after every step).
 */
package io.ringfence.sim.order;
