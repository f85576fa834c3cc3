/**
 * Orders and the conservative, quote-aware fill model: an {@link io.ringfence.sim.order.OrderBook}
 * validates each {@link io.ringfence.sim.order.OrderRequest}, fills marketable orders in full against
 * the top of book (buys at the ask, sells at the bid, a limit only when the quote crosses it, never
 * without a tradable quote), rests the rest until a quote moves, cancels on request, books fills into the
 * {@link io.ringfence.sim.account.Account}s and reports every transition to an
 * {@link io.ringfence.sim.order.OrderEventListener}. Orders are identified, as at IB, by
 * (clientId, orderId). Time comes in as an argument, so the model is driven directly by tests.
 */
package io.ringfence.sim.order;
