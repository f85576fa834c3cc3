package io.ringfence.tws;

import io.ringfence.codecs.tws.AccountRequestEncoder;
import io.ringfence.codecs.tws.CancelOrderEncoder;
import io.ringfence.codecs.tws.HandshakeEncoder;
import io.ringfence.codecs.tws.MarketDataRequestEncoder;
import io.ringfence.codecs.tws.OrderQueryEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.ReqExecutionsEncoder;
import io.ringfence.codecs.tws.ReqIdsEncoder;
import io.ringfence.codecs.tws.StartApiEncoder;
import io.ringfence.codecs.tws.TwsErrorCategory;
import io.ringfence.codecs.tws.TwsErrorCode;
import io.ringfence.codecs.tws.TwsExecutionFilter;
import io.ringfence.codecs.tws.TwsFrameAssembler;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsServerVersion;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One API connection to TWS / IB Gateway.
 * <pre>
 *   engine thread                 conductor thread (daemon)          reader thread (daemon, per connection)
 *   connect() ── hello, reply, START_API, REQ_IDS ───────────────────► onSessionConnected(sv)
 *   placeOrder() / cancelOrder() ─► pacer ─► socket                    socket ─► inspect ─► onBrokerFrame(...)
 *                     └─► queue ─► drain at the pacing rate            NEXT_VALID_ID ─► recovery requests
 *                                  reconnect with back-off ◄──────────── drop / 1300 / 504 ─► onSessionDisconnected()
 * </pre>
 * {@link #connect()} blocks until the server version is known and START_API is sent; NEXT_VALID_ID and
 * everything else arrive as broker frames. Every outbound message goes through one token bucket
 * ({@link TwsSessionContext#pacingRatePerSecond(int)}, default 45/s, with a reserve for cancels): under
 * budget it is written at once on the caller's thread, over budget it is queued in order and the
 * conductor releases it as tokens refill, never in a burst ({@link #pacingDelayTotalNs()}).
 * {@link TwsSessionContext#pacing(boolean) pacing(false)} turns the bucket off, for sinks and
 * simulators only (benchmarks). Requests
 * return false rather than throw when the session is not connected, the order has no account, the
 * queue is full or the write fails (a failed write closes the connection). Call {@link #placeOrder}
 * and {@link #cancelOrder} from one thread; the send path takes one uncontended lock, shared only
 * with the conductor and the recovery requests.
 * <p>
 * After every handshake the session sends REQ_IDS; after the first NEXT_VALID_ID of a connection (and
 * after 1101 / 1102) it sends REQ_OPEN_ORDERS, REQ_COMPLETED_ORDERS, REQ_EXECUTIONS (filtered by
 * account and {@link #executionsSinceEpochMs(long)}), REQ_POSITIONS and REQ_ACCOUNT_SUMMARY
 * ({@link #ACCOUNT_SUMMARY_TAGS}, cancelled first), so the handler reconciles from
 * ordinary frames ({@link TwsSessionContext#recoveryRequests(boolean)}). With
 * {@link TwsSessionContext#reconnect(boolean)} the conductor reconnects after a drop, a failed connect,
 * 1300 or 504 with capped exponential back-off and jitter (reset once a connection is ready), with the
 * same client id; 326 (client id in use) keeps backing off. Otherwise {@link #connect()} may be called
 * again after a drop. {@link #close()} is final and may be called from any thread. Do not call
 * {@link #connect()} from a {@link BrokerFrameHandler} callback.
 */
public final class TwsSession implements AutoCloseable
{
    /**
     * How far before the last execution held the recovery's executions request starts.
     */
    public static final long EXECUTIONS_SINCE_MARGIN_MS = TimeUnit.MINUTES.toMillis(10);

    /**
     * The account values the recovery subscribes to (IB then updates them every 3 minutes); the
     * engine journals them, so they outlive a gateway restart.
     */
    public static final String ACCOUNT_SUMMARY_TAGS =
        "NetLiquidation,TotalCashValue,SettledCash,BuyingPower,AvailableFunds,ExcessLiquidity,GrossPositionValue";

    /**
     * The request id of that subscription.
     */
    public static final int ACCOUNT_SUMMARY_REQ_ID = 90_000_002;

    private static final Logger LOGGER = LoggerFactory.getLogger(TwsSession.class);
    private static final int SEND_BUFFER_CAPACITY_BYTES = 4096;
    private static final long READER_JOIN_TIMEOUT_MS = 5_000;
    private static final long CONDUCTOR_IDLE_NS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long NO_RECOVERY_DUE = Long.MIN_VALUE;
    private static final int FRAME = PacedWriter.FRAME_OFFSET;

    private final TwsSessionContext ctx;
    private final BrokerFrameHandler handler;
    private final TwsFrameAssembler assembler;
    private final ByteBuffer sendByteBuffer = ByteBuffer.allocateDirect(SEND_BUFFER_CAPACITY_BYTES);
    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(sendByteBuffer);
    private final HandshakeEncoder handshakeEncoder = new HandshakeEncoder();
    private final StartApiEncoder startApiEncoder = new StartApiEncoder();
    private final PlaceOrderEncoder placeOrderEncoder = new PlaceOrderEncoder();
    private final CancelOrderEncoder cancelOrderEncoder = new CancelOrderEncoder();
    private final ReqIdsEncoder reqIdsEncoder = new ReqIdsEncoder();
    private final OrderQueryEncoder orderQueryEncoder = new OrderQueryEncoder();
    private final ReqExecutionsEncoder reqExecutionsEncoder = new ReqExecutionsEncoder();
    private final AccountRequestEncoder accountRequestEncoder = new AccountRequestEncoder();
    private final MarketDataRequestEncoder marketDataRequestEncoder = new MarketDataRequestEncoder();
    private final TwsExecutionFilter recoveryFilter = new TwsExecutionFilter();
    private final PacedWriter writer;
    private final FrameInspector inspector = new FrameInspector(this);
    private final Object sendLock = new Object();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong clientIdInUse = new AtomicLong();
    private final AtomicLong pacingViolations = new AtomicLong();
    private final AtomicLong refusedOrders = new AtomicLong();
    private final ServerHello serverHello;
    private final AtomicLong protocolErrors = new AtomicLong();
    private final AtomicLong handlerErrors = new AtomicLong();
    private final Object lifecycleLock = new Object();

    private volatile SocketChannel channel;
    private volatile Thread readerThread;
    private volatile boolean connected;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile int serverVersion;
    private volatile Thread conductorThread;
    private volatile boolean ready;
    private volatile boolean brokerConnected = true;
    private volatile boolean recoveryPending;
    private volatile boolean backoffReset;
    private volatile int lastNextValidId;
    private volatile long executionsSinceEpochMs = -1;
    private final AtomicLong recoveryDueNs = new AtomicLong(NO_RECOVERY_DUE);
    private int highestOrderIdUsed;

    /**
     * @param ctx     configuration, concluded here if it was not.
     * @param handler receives the connection events and frames on the reader thread.
     */
    public TwsSession(final TwsSessionContext ctx, final BrokerFrameHandler handler)
    {
        this.ctx = ctx.isConcluded() ? ctx : ctx.conclude();
        this.handler = handler;
        this.assembler = new TwsFrameAssembler(ctx.maxFrameLengthBytes());
        this.serverHello = new ServerHello(assembler, ctx.handshakeTimeoutMs());
        if (!ctx.pacing())
        {
            LOGGER.warn("TWS pacing is OFF: for sinks and simulators only, never a real gateway");
        }
        this.writer = new PacedWriter(
            ctx.pacing() ? new TwsPacer(ctx.pacingRatePerSecond(), ctx.pacingBurst(), ctx.pacingCancelReserve()) :
            TwsPacer.off(),
            ctx.pacingQueueCapacityBytes());
    }

    /**
     * Connect, handshake and start the reader thread.
     *
     * @return {@link TwsConnectResult#CONNECTED} or why not; the cause is logged.
     */
    public TwsConnectResult connect()
    {
        synchronized (lifecycleLock)
        {
            if (closed)
            {
                return TwsConnectResult.CLOSED;
            }
            startConductor();
            if (connected)
            {
                return TwsConnectResult.ALREADY_CONNECTED;
            }
            joinReader();
            assembler.reset();

            final SocketChannel newChannel = openChannel();
            if (null == newChannel)
            {
                return TwsConnectResult.CONNECT_FAILED;
            }
            final TwsConnectResult result = handshake(newChannel);
            if (TwsConnectResult.CONNECTED != result)
            {
                CloseHelper.quietClose(newChannel);
                return result;
            }

            serverVersion = serverHello.serverVersion();
            ready = false;
            brokerConnected = true;
            synchronized (sendLock)
            {
                writer.clear();
                channel = newChannel;
                running = true;
                connected = true;
            }
            final Thread thread = new Thread(
                new SessionReader(this, newChannel, assembler, handler, serverVersion), ctx.readerThreadName());
            thread.setDaemon(true);
            readerThread = thread;
            thread.start();
            if (ctx.recoveryRequests())
            {
                requestIds();
            }
            LOGGER.info("connected to TWS {}:{} clientId={} serverVersion={} connectionTime={}",
                ctx.host(), ctx.port(), ctx.clientId(), serverVersion, serverHello.connectionTime());
            return TwsConnectResult.CONNECTED;
        }
    }

    /**
     * Send PLACE_ORDER (a new order, or a modification when the id is live), paced.
     *
     * @return false if not connected, the order has no account, the pacing queue is full or the write failed.
     */
    public boolean placeOrder(final TwsOrder order)
    {
        if (!order.hasAccount())
        {
            refusedOrders.incrementAndGet();
            LOGGER.warn("order {} refused: no account set", order.orderId());
            return false;
        }
        synchronized (sendLock)
        {
            if (!connected)
            {
                return false;
            }
            final boolean sent = send(
                placeOrderEncoder.encode(writer.encodeBuffer(), FRAME, serverVersion, order), false);
            if (sent && order.orderId() > highestOrderIdUsed)
            {
                highestOrderIdUsed = order.orderId();
            }
            return sent;
        }
    }

    /**
     * Send CANCEL_ORDER, paced; cancels may use the reserved share of the budget.
     *
     * @return false if not connected or the write failed.
     */
    public boolean cancelOrder(final int orderId)
    {
        synchronized (sendLock)
        {
            return connected &&
                send(cancelOrderEncoder.encode(writer.encodeBuffer(), FRAME, serverVersion, orderId), true);
        }
    }

    /**
     * Send REQ_IDS; the gateway answers with a NEXT_VALID_ID frame.
     *
     * @return false if not connected or the write failed.
     */
    public boolean requestIds()
    {
        synchronized (sendLock)
        {
            return connected && send(reqIdsEncoder.encode(writer.encodeBuffer(), FRAME, 1), false);
        }
    }

    /**
     * REQ_OPEN_ORDERS: this client's open orders, then OPEN_ORDER_END.
     */
    public boolean requestOpenOrders()
    {
        synchronized (sendLock)
        {
            return connected && send(orderQueryEncoder.encodeReqOpenOrders(writer.encodeBuffer(), FRAME), false);
        }
    }

    /**
     * REQ_ALL_OPEN_ORDERS: every client's open orders (read-only), then OPEN_ORDER_END.
     */
    public boolean requestAllOpenOrders()
    {
        synchronized (sendLock)
        {
            return connected && send(orderQueryEncoder.encodeReqAllOpenOrders(writer.encodeBuffer(), FRAME), false);
        }
    }

    /**
     * REQ_COMPLETED_ORDERS: today's filled / cancelled orders, then COMPLETED_ORDERS_END.
     */
    public boolean requestCompletedOrders(final boolean apiOnly)
    {
        synchronized (sendLock)
        {
            return connected &&
                send(orderQueryEncoder.encodeReqCompletedOrders(writer.encodeBuffer(), FRAME, apiOnly), false);
        }
    }

    /**
     * REQ_EXECUTIONS with a filter; set its account when the login serves several accounts.
     */
    public boolean requestExecutions(final int reqId, final TwsExecutionFilter filter)
    {
        synchronized (sendLock)
        {
            return connected && send(reqExecutionsEncoder.encode(writer.encodeBuffer(), FRAME, reqId, filter), false);
        }
    }

    /**
     * REQ_POSITIONS: POSITION_DATA per position, POSITION_END, then updates.
     */
    public boolean requestPositions()
    {
        synchronized (sendLock)
        {
            return connected && send(accountRequestEncoder.encodeReqPositions(writer.encodeBuffer(), FRAME), false);
        }
    }

    /**
     * REQ_ACCOUNT_SUMMARY.
     *
     * @param tags comma-separated, e.g. {@code NetLiquidation,TotalCashValue,BuyingPower}.
     */
    public boolean requestAccountSummary(final int reqId, final String group, final String tags)
    {
        synchronized (sendLock)
        {
            return connected && send(
                accountRequestEncoder.encodeReqAccountSummary(writer.encodeBuffer(), FRAME, reqId, group, tags), false);
        }
    }

    /**
     * REQ_CURRENT_TIME.
     */
    public boolean requestCurrentTime()
    {
        synchronized (sendLock)
        {
            return connected && send(accountRequestEncoder.encodeReqCurrentTime(writer.encodeBuffer(), FRAME), false);
        }
    }

    /**
     * REQ_MKT_DATA as a snapshot of a stock: ticks, then TICK_SNAPSHOT_END.
     */
    public boolean requestMarketDataSnapshot(
        final int tickerId, final int conId, final String symbol, final String exchange, final String currency)
    {
        synchronized (sendLock)
        {
            return connected && send(marketDataRequestEncoder.encodeReqMktData(
                writer.encodeBuffer(), FRAME, tickerId, conId, symbol, "STK", exchange, "", currency, "", true, false),
                false);
        }
    }

    /**
     * REQ_GLOBAL_CANCEL: cancels every open order of EVERY account and client on the gateway. With
     * several accounts on one login use {@link AccountCancelSweep} instead.
     */
    public boolean requestGlobalCancel()
    {
        synchronized (sendLock)
        {
            return connected &&
                send(orderQueryEncoder.encodeReqGlobalCancel(writer.encodeBuffer(), FRAME, serverVersion), true);
        }
    }

    /**
     * Send the recovery requests again (open orders, completed orders, executions, positions)
     * once this much time has passed, on the conductor thread; a later call replaces an earlier
     * one that is still due. Nothing is sent while disconnected: the next connect sends them
     * anyway. Any thread; allocation-free.
     *
     * @param delayNs from now; 0 or less for as soon as possible.
     */
    public void requestRecoveryAfter(final long delayNs)
    {
        final long dueNs = System.nanoTime() + Math.max(0, delayNs);
        recoveryDueNs.set(dueNs == NO_RECOVERY_DUE ? dueNs + 1 : dueNs);
        wakeConductor();
    }

    /**
     * When the last execution the engine already holds arrived: the recovery REQ_EXECUTIONS asks
     * for executions since {@link #EXECUTIONS_SINCE_MARGIN_MS} before it (clock skew, transit;
     * the engine drops repeats by execId), not for the whole day. The reader thread moves it on
     * every EXECUTION_DATA; the engine seeds it from the journal on start. Any thread.
     *
     * @param epochMs wall-clock time the execution was received; negative for the whole day.
     */
    public void lastExecutionAt(final long epochMs)
    {
        executionsSinceEpochMs = epochMs < 0 ? -1 : Math.max(0, epochMs - EXECUTIONS_SINCE_MARGIN_MS);
    }

    /**
     * @return the "since" time the next recovery REQ_EXECUTIONS will carry, or -1 for the whole day.
     */
    public long executionsSinceEpochMs()
    {
        return executionsSinceEpochMs;
    }

    /**
     * An order id never used by this session: max(highest id sent + 1, last NEXT_VALID_ID). Call
     * from the sending thread.
     */
    public int nextOrderId()
    {
        synchronized (sendLock)
        {
            return Math.max(highestOrderIdUsed + 1, lastNextValidId);
        }
    }

    /**
     * @return the last NEXT_VALID_ID seen, 0 before the first.
     */
    public int lastNextValidId()
    {
        return lastNextValidId;
    }

    /**
     * @return true once NEXT_VALID_ID arrived on the current connection.
     */
    public boolean isReady()
    {
        return connected && ready;
    }

    /**
     * @return false between a 1100 (TWS lost IB's servers) and the 1101 / 1102 that follows.
     */
    public boolean isBrokerConnected()
    {
        return brokerConnected;
    }

    /**
     * @return total time frames waited in the pacing queue, in nanoseconds. Lock-free (one
     * writer, a volatile read): the engine's output stage reads it at the end of every batch.
     */
    public long pacingDelayTotalNs()
    {
        return writer.totalPacingDelayNs();
    }

    /**
     * @return the longest time one frame waited in the pacing queue, in nanoseconds.
     */
    public long pacingDelayMaxNs()
    {
        synchronized (sendLock)
        {
            return writer.maxPacingDelayNs();
        }
    }

    /**
     * @return frames that had to wait for a token.
     */
    public long messagesQueued()
    {
        synchronized (sendLock)
        {
            return writer.messagesQueued();
        }
    }

    /**
     * @return frames written to the socket.
     */
    public long messagesSent()
    {
        synchronized (sendLock)
        {
            return writer.messagesSent();
        }
    }

    /**
     * @return frames dropped: queue full, or still queued when the connection went.
     */
    public long messagesDropped()
    {
        synchronized (sendLock)
        {
            return writer.messagesDropped();
        }
    }

    public int pacingQueueDepth()
    {
        synchronized (sendLock)
        {
            return writer.queueDepth();
        }
    }

    /**
     * @return reconnect attempts made by the conductor.
     */
    public long reconnects()
    {
        return reconnects.get();
    }

    /**
     * @return 326 errors seen (client id in use).
     */
    public long clientIdInUseErrors()
    {
        return clientIdInUse.get();
    }

    /**
     * @return 100 errors seen (rate exceeded at the gateway): should stay 0.
     */
    public long pacingViolations()
    {
        return pacingViolations.get();
    }

    /**
     * @return orders refused before sending because they had no account.
     */
    public long refusedOrders()
    {
        return refusedOrders.get();
    }

    public boolean isConnected()
    {
        return connected;
    }

    /**
     * @return the negotiated version of the current or last connection, 0 before the first.
     */
    public int serverVersion()
    {
        return serverVersion;
    }

    /**
     * @return inbound frames skipped or refused for bad framing since construction.
     */
    public long protocolErrors()
    {
        return protocolErrors.get();
    }

    /**
     * @return exceptions thrown by the {@link BrokerFrameHandler} (caught and logged) since construction.
     */
    public long handlerErrors()
    {
        return handlerErrors.get();
    }

    public TwsSessionContext context()
    {
        return ctx;
    }

    /**
     * Close the socket, stop the reader and wait for it; the handler gets its last
     * {@link BrokerFrameHandler#onSessionDisconnected()} before this returns (unless called from it).
     */
    public void close()
    {
        synchronized (lifecycleLock)
        {
            if (closed)
            {
                return;
            }
            closed = true;
            running = false;
            connected = false;
            CloseHelper.quietClose(channel);
            joinReader();
        }
        final Thread conductor = conductorThread;
        if (null != conductor && conductor != Thread.currentThread())
        {
            LockSupport.unpark(conductor);
            join(conductor);
        }
    }

    boolean isRunning()
    {
        return running;
    }

    void onProtocolError()
    {
        protocolErrors.incrementAndGet();
    }

    void onHandlerError()
    {
        handlerErrors.incrementAndGet();
    }

    /**
     * Called by the reader as it ends, before {@link BrokerFrameHandler#onSessionDisconnected()}.
     */
    void onReaderStopped(final SocketChannel readerChannel)
    {
        synchronized (sendLock)
        {
            if (readerChannel == channel)
            {
                connected = false;
                ready = false;
                final int dropped = writer.clear();
                if (dropped > 0)
                {
                    LOGGER.warn("{} queued frames dropped with the connection", dropped);
                }
            }
        }
        CloseHelper.quietClose(readerChannel);
        wakeConductor();
    }

    /**
     * Reader thread: every inbound frame, before the handler sees it.
     */
    void inspect(final DirectBuffer buffer, final int offset, final int length)
    {
        inspector.inspect(buffer, offset, length);
    }

    void onExecution()
    {
        lastExecutionAt(System.currentTimeMillis());
    }

    void onNextValidId(final int orderId)
    {
        lastNextValidId = Math.max(lastNextValidId, orderId);
        if (!ready)
        {
            ready = true;
            backoffReset = true;
            if (ctx.recoveryRequests())
            {
                sendRecoveryRequests();
            }
        }
    }

    void onBrokerError(final int id, final int code)
    {
        final TwsErrorCategory category = TwsErrorCode.classify(code);
        if (TwsErrorCategory.PACING == category)
        {
            pacingViolations.incrementAndGet();
            LOGGER.warn("gateway reports the message rate exceeded (100)");
        }
        else if (TwsErrorCategory.CLIENT_ID_IN_USE == category)
        {
            clientIdInUse.incrementAndGet();
            LOGGER.error("client id {} is in use at the gateway (326)", ctx.clientId());
        }
        else if (TwsErrorCategory.NOT_CONNECTED == category)
        {
            LOGGER.warn("gateway reports not connected ({}); dropping the connection", code);
            dropConnection();
        }
        else if (TwsErrorCategory.CONNECTIVITY == category)
        {
            onConnectivity(TwsErrorCode.connectivity(code));
        }
    }

    private void onConnectivity(final TwsErrorCode.Connectivity change)
    {
        switch (change)
        {
            case LOST:
                brokerConnected = false;
                LOGGER.warn("TWS lost connectivity to IB (1100 / 2110)");
                break;
            case RESTORED_DATA_LOST:
            case RESTORED_DATA_MAINTAINED:
                brokerConnected = true;
                LOGGER.info("TWS connectivity to IB restored ({}); reconciling", change);
                if (ctx.recoveryRequests())
                {
                    sendRecoveryRequests();
                }
                break;
            case SOCKET_RESET:
                LOGGER.warn("TWS API socket reset (1300); dropping the connection");
                dropConnection();
                break;
            default:
                break;
        }
    }

    private void sendRecoveryRequests()
    {
        synchronized (sendLock)
        {
            if (!connected)
            {
                return;
            }
            recoveryFilter.reset().clientId(ctx.clientId()).sinceEpochMs(executionsSinceEpochMs);
            recoveryFilter.account().set(ctx.executionsAccount());
            requestOpenOrders();
            requestCompletedOrders(ctx.completedOrdersApiOnly());
            requestExecutions(ctx.recoveryExecutionsReqId(), recoveryFilter);
            requestPositions();
            send(accountRequestEncoder.encodeCancelAccountSummary(writer.encodeBuffer(), FRAME, ACCOUNT_SUMMARY_REQ_ID), false);
            requestAccountSummary(ACCOUNT_SUMMARY_REQ_ID, "All", ACCOUNT_SUMMARY_TAGS);
        }
    }

    private void dropConnection()
    {
        synchronized (sendLock)
        {
            connected = false;
            CloseHelper.quietClose(channel);
        }
    }

    private void startConductor()
    {
        if (null == conductorThread)
        {
            final Thread thread = new Thread(this::runConductor, ctx.conductorThreadName());
            thread.setDaemon(true);
            conductorThread = thread;
            thread.start();
        }
    }

    private void wakeConductor()
    {
        final Thread conductor = conductorThread;
        if (null != conductor)
        {
            LockSupport.unpark(conductor);
        }
    }

    /**
     * The conductor's duty cycle: drain the pacing queue at the token rate; when disconnected and
     * {@link TwsSessionContext#reconnect()} is on, reconnect after a capped, jittered back-off.
     */
    private void runConductor()
    {
        long backoffMs = ctx.reconnectInitialBackoffMs();
        long nextAttemptNs = 0;
        boolean attemptScheduled = false;
        while (!closed)
        {
            long parkNs = CONDUCTOR_IDLE_NS;
            if (backoffReset)
            {
                backoffReset = false;
                backoffMs = ctx.reconnectInitialBackoffMs();
            }
            if (connected)
            {
                attemptScheduled = false;
                final long waitNs = drainQueue();
                if (waitNs > 0)
                {
                    parkNs = Math.min(parkNs, waitNs);
                }
                final long dueNs = recoveryDueNs.get();
                if (NO_RECOVERY_DUE != dueNs)
                {
                    final long untilDueNs = dueNs - System.nanoTime();
                    if (untilDueNs <= 0)
                    {
                        if (recoveryDueNs.compareAndSet(dueNs, NO_RECOVERY_DUE))
                        {
                            sendRecoveryRequests();
                        }
                    }
                    else
                    {
                        parkNs = Math.min(parkNs, untilDueNs);
                    }
                }
            }
            else if (ctx.reconnect())
            {
                final long nowNs = System.nanoTime();
                if (!attemptScheduled)
                {
                    nextAttemptNs = nowNs + TimeUnit.MILLISECONDS.toNanos(jittered(backoffMs));
                    backoffMs = Math.min(ctx.reconnectMaxBackoffMs(), backoffMs * 2);
                    attemptScheduled = true;
                }
                if (nowNs - nextAttemptNs >= 0)
                {
                    attemptScheduled = false;
                    reconnects.incrementAndGet();
                    final TwsConnectResult result = connect();
                    LOGGER.info("reconnect attempt {}: {}", reconnects.get(), result);
                    continue;
                }
                parkNs = Math.min(parkNs, nextAttemptNs - nowNs);
            }
            LockSupport.parkNanos(this, parkNs);
        }
    }

    private long drainQueue()
    {
        synchronized (sendLock)
        {
            if (!connected)
            {
                return -1;
            }
            try
            {
                return writer.drain(channel, System.nanoTime());
            }
            catch (final IOException ex)
            {
                connected = false;
                CloseHelper.quietClose(channel);
                LOGGER.warn("write to TWS failed; connection closed: {}", ex.toString());
                return -1;
            }
        }
    }

    private long jittered(final long backoffMs)
    {
        final long spreadMs = backoffMs * ctx.reconnectJitterPercent() / 100;
        return Math.max(1, backoffMs - spreadMs + (spreadMs > 0 ? ThreadLocalRandom.current().nextLong(2 * spreadMs + 1) : 0));
    }

    private SocketChannel openChannel()
    {
        SocketChannel newChannel = null;
        try
        {
            newChannel = SocketChannel.open();
            newChannel.setOption(StandardSocketOptions.TCP_NODELAY, ctx.tcpNoDelay());
            if (ctx.socketReceiveBufferBytes() > 0)
            {
                newChannel.setOption(StandardSocketOptions.SO_RCVBUF, ctx.socketReceiveBufferBytes());
            }
            if (ctx.socketSendBufferBytes() > 0)
            {
                newChannel.setOption(StandardSocketOptions.SO_SNDBUF, ctx.socketSendBufferBytes());
            }
            newChannel.socket().connect(new InetSocketAddress(ctx.host(), ctx.port()), ctx.connectTimeoutMs());
            return newChannel;
        }
        catch (final IOException | RuntimeException ex)
        {
            LOGGER.warn("cannot connect to TWS {}:{}: {}", ctx.host(), ctx.port(), ex.toString());
            CloseHelper.quietClose(newChannel);
            return null;
        }
    }

    private TwsConnectResult handshake(final SocketChannel newChannel)
    {
        try
        {
            writeFully(newChannel, handshakeEncoder.encodeClientHello(
                sendBuffer, 0, TwsServerVersion.MIN_CLIENT_VERSION, TwsServerVersion.MAX_CLIENT_VERSION,
                ctx.connectOptions()));
            final TwsConnectResult result = serverHello.await(newChannel);
            if (TwsConnectResult.CONNECTED == result)
            {
                writeFully(newChannel, startApiEncoder.encode(sendBuffer, 0, ctx.clientId(), ""));
            }
            return result;
        }
        catch (final IOException ex)
        {
            LOGGER.warn("TWS handshake with {}:{} failed: {}", ctx.host(), ctx.port(), ex.toString());
            return TwsConnectResult.HANDSHAKE_FAILED;
        }
    }

    /**
     * Under {@link #sendLock}: pace the frame encoded at {@link #FRAME}.
     */
    private boolean send(final int frameLength, final boolean cancel)
    {
        final SocketChannel current = channel;
        try
        {
            final int depthBefore = writer.queueDepth();
            final boolean accepted = writer.submit(current, frameLength, cancel, System.nanoTime());
            if (!accepted)
            {
                LOGGER.warn("pacing queue full; frame dropped");
            }
            else if (0 == depthBefore && writer.queueDepth() > 0)
            {
                wakeConductor();
            }
            return accepted;
        }
        catch (final IOException ex)
        {
            connected = false;
            CloseHelper.quietClose(current);
            LOGGER.warn("write to TWS failed; connection closed: {}", ex.toString());
            return false;
        }
    }

    private void writeFully(final SocketChannel target, final int length) throws IOException
    {
        sendByteBuffer.limit(length).position(0);
        while (sendByteBuffer.hasRemaining())
        {
            target.write(sendByteBuffer);
        }
    }

    private void joinReader()
    {
        final Thread thread = readerThread;
        if (null == thread || thread == Thread.currentThread())
        {
            return;
        }
        join(thread);
    }

    private static void join(final Thread thread)
    {
        try
        {
            thread.join(READER_JOIN_TIMEOUT_MS);
            if (thread.isAlive())
            {
                LOGGER.error(
                    "TWS reader thread {} did not stop within {} ms", thread.getName(), READER_JOIN_TIMEOUT_MS);
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
