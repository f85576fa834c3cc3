/**
 * The TWS / IB Gateway socket protocol (the text protocol, server versions 176..193; the client hello
 * declares {@code v100..193}), both directions, as allocation-free flyweights over Agrona buffers.
 * <p>
 * Building blocks: {@link io.ringfence.codecs.tws.TwsFieldWriter} and
 * {@link io.ringfence.codecs.tws.TwsFieldReader} (NUL-terminated ASCII fields, fixed-point prices at
 * scale 10<sup>-8</sup>, whole-unit quantities, every unset spelling),
 * {@link io.ringfence.codecs.tws.TwsFrameAssembler} (4-byte big-endian length framing) and
 * {@link io.ringfence.codecs.tws.HandshakeEncoder} / {@link io.ringfence.codecs.tws.ClientHelloDecoder}.
 * Client side (the bridge): {@code StartApiEncoder}, {@code PlaceOrderEncoder},
 * {@code CancelOrderEncoder}, {@code ReqIdsEncoder}, {@code OrderQueryEncoder},
 * {@code ReqExecutionsEncoder} ({@code TwsExecutionFilter}), {@code AccountRequestEncoder},
 * {@code MarketDataRequestEncoder} and {@link io.ringfence.codecs.tws.TwsInboundAdapter} dispatching
 * gateway frames (orders, fills, open / completed orders, positions, account summary, time, ticks) to
 * a {@link io.ringfence.codecs.tws.TwsInboundHandler}; {@link io.ringfence.codecs.tws.TwsErrorCode}
 * classifies ERR_MSG codes, {@link io.ringfence.codecs.tws.TwsAccounts} scopes by account and
 * {@link io.ringfence.codecs.tws.ContractMultiplier} infers multipliers. Gateway side (the
 * simulator): {@link io.ringfence.codecs.tws.TwsServerAdapter} dispatching client frames to a
 * {@link io.ringfence.codecs.tws.TwsServerHandler}, and encoders for the server hello, NEXT_VALID_ID,
 * MANAGED_ACCTS, ORDER_STATUS, OPEN_ORDER, COMPLETED_ORDER, ERR_MSG, EXECUTION_DATA,
 * COMMISSION_REPORT, POSITION_DATA, ACCOUNT_SUMMARY, CURRENT_TIME, ticks and end markers with the
 * exact field counts strict clients such as {@code @stoqey/ib} expect. Malformed input is reported as a
 * {@link io.ringfence.codecs.tws.TwsProtocolError}, never thrown. The field layouts follow
 * {@code shared/reference/tws-protocol.md} sections 4 and 5.
 */
package io.ringfence.codecs.tws;
