/**
 * JMH benchmarks of the TWS wire codec (PLACE_ORDER encode, ORDER_STATUS and EXECUTION_DATA decode)
 * beside two FIX NewOrderSingle encoders as baselines (Artio's generated encoder, QuickFIX/J), and the
 * tools that read their JSON results: {@link io.ringfence.bench.tws.TwsBenchReport} (ns/op, bytes per
 * message, ns/byte, B/op) and {@link io.ringfence.bench.AllocationGate} (fails a run whose hot
 * paths allocate).
 */
package io.ringfence.bench.tws;
