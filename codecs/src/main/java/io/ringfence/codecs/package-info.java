/**
 * Wire formats shared by every Ringfence process: the SBE schema's generated codecs (package
 * {@code io.ringfence.codecs.sbe}, built from {@code ringfence-schema.xml}), the fixed-point
 * conventions in {@link io.ringfence.codecs.Price}, and the TWS socket protocol codec in
 * {@code io.ringfence.codecs.tws}.
 */
package io.ringfence.codecs;
