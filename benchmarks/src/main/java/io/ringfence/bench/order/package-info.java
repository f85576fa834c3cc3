/**
 * JMH benchmarks of the decision stages on the order paths that happen every trading second: a new
 * order accepted, and a broker execution applied to a working order.
 */
package io.ringfence.bench.order;
