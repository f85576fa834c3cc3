package io.ringfence.engine;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.config.EngineConfig;
import io.ringfence.config.GatewayConfig;
import io.ringfence.config.RingfenceConfig;
import io.ringfence.engine.gate.GateStage;
import io.ringfence.engine.idempotency.IdempotencyStage;
import io.ringfence.engine.ingress.ClientRings;
import io.ringfence.engine.ingress.IngressAgent;
import io.ringfence.engine.order.OrderBook;
import io.ringfence.engine.order.OrderStage;
import io.ringfence.engine.output.OrderSender;
import io.ringfence.engine.output.OutputStage;
import io.ringfence.engine.status.EngineCounter;
import io.ringfence.engine.status.EngineCounters;
import io.ringfence.engine.status.StatusFile;
import io.ringfence.journal.audit.DecisionJournal;
import io.ringfence.journal.audit.Durability;
import io.ringfence.journal.audit.InputJournal;
import io.ringfence.journal.audit.JournalRollCycle;
import io.ringfence.tws.TwsConnectResult;
import io.ringfence.tws.TwsSession;
import io.ringfence.tws.TwsSessionContext;
import org.agrona.CloseHelper;
import org.agrona.concurrent.AgentRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Wires the engine. Every input becomes one event in one Disruptor, in one total order:
 * <pre>
 *  (a) IngressAgent ──┐     client intents from each client's ingress ring
 *  (b) TwsSession ────┼──▶ Disruptor&lt;InboundEvent&gt;
 *      reader thread ─┘          │
 *                           1 JournalStage      ─▶ journal/inputs (every input, before anything acts)
 *                           2 GateStage         accept / refuse with a typed reason
 *                           3 IdempotencyStage  new / replay / conflict per account-scoped key
 *                           4 OrderStage        order state machine, broker frames, client events
 *                           5 OutputStage       ─▶ TwsSession (PLACE/CANCEL), egress rings, journal/decisions
 * </pre>
 * Thread layout ({@code engine.thread_layout}): {@code shared} runs stages 1–5 in order on one
 * pipeline thread (with ingress, two busy threads: right for 2 cores); {@code per-stage} gives
 * each stage its own thread.
 * <p>
 * Start-up: lock the journal (one engine per journal), map the rings, replay the journal through
 * stages 2–4 with journaling and output suppressed (the same decisions as the first time),
 * journal "session down" (whatever the last run believed), connect the gateway session, and open
 * ingress only once the gateway's next valid id is known. Broker order ids then continue above
 * every id in the journal. After that the session reconnects by itself (capped back-off) and,
 * after every connect, re-requests open orders, completed orders and executions, which the order
 * stage reconciles.
 */
public final class Engine implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int PAPER_SESSION = OrderBook.PAPER_SESSION;
    private static final int LIVE_SESSION = OrderBook.LIVE_SESSION;
    private static final OrderSender NO_SESSION = new OrderSender()
    {
        public boolean placeOrder(final TwsOrder order)
        {
            return false;
        }

        public boolean cancelOrder(final int brokerOrderId)
        {
            return false;
        }

        public void requestReconciliation(final long delayNs)
        {
        }

        public long pacingDelayTotalNs()
        {
            return 0;
        }
    };

    private final EngineContext context;
    private final JournalLock journalLock;
    private final StatusFile status;
    private final RunMarker runMarker;
    private final ClientRings rings;
    private final InputJournal journal;
    private final DecisionJournal decisions;
    private final DecisionState state;
    private final OrderStage orderStage;
    private final PipelineErrorHandler errorHandler;
    private final Disruptor<InboundEvent> disruptor;
    private final BrokerEventPublisher paperSessionEvents;
    private final TwsSession paperSession;
    private final BrokerEventPublisher liveSessionEvents;
    private final TwsSession liveSession;
    private AgentRunner ingressRunner;

    private Engine(final EngineContext context, final JournalLock journalLock)
    {
        this.context = context;
        this.journalLock = journalLock;
        final RingfenceConfig config = context.config();
        final EngineConfig engineConfig = config.engine();
        runMarker = new RunMarker(config.runDir());
        status = new StatusFile(config.runDir());
        final EngineCounters counters = status.counters();
        errorHandler = new PipelineErrorHandler(counters.get(EngineCounter.PIPELINE_ERRORS), status.errorLog());
        rings = new ClientRings(config);
        final Durability durability = Durability.valueOf(config.journal().durability().toUpperCase(Locale.ROOT));
        final JournalRollCycle rollCycle = JournalRollCycle.valueOf(config.journal().rollCycle().toUpperCase(Locale.ROOT));
        journal = InputJournal.open(config.journalDir(), durability, rollCycle);
        decisions = DecisionJournal.open(config.journalDir(), durability, rollCycle);

        disruptor = new Disruptor<>(
            InboundEvent::new,
            engineConfig.ringSize(),
            threadFactory(),
            ProducerType.MULTI,
            WaitStrategies.pipeline(engineConfig.idleStrategy()));
        disruptor.setDefaultExceptionHandler(errorHandler);

        final GatewayConfig gateway = config.paperGateway();
        paperSessionEvents = new BrokerEventPublisher(disruptor.getRingBuffer(), context.clock(), PAPER_SESSION, counters);
        final TwsSessionContext sessionContext =
            new TwsSessionContext().host(gateway.host()).port(gateway.port()).clientId(gateway.clientId()).reconnect(true);
        context.paperSessionSettings().accept(sessionContext);
        paperSession = new TwsSession(sessionContext, paperSessionEvents);
        if (config.liveEnabled())
        {
            final GatewayConfig live = config.liveGateway();
            liveSessionEvents = new BrokerEventPublisher(disruptor.getRingBuffer(), context.clock(), LIVE_SESSION, counters);
            liveSession = new TwsSession(new TwsSessionContext().host(live.host()).port(live.port())
                .clientId(live.clientId()).reconnect(true).readerThreadName("ringfence-tws-live-reader")
                .conductorThreadName("ringfence-tws-live-conductor"), liveSessionEvents);
        }
        else
        {
            liveSessionEvents = null;
            liveSession = null;
        }

        final JournalStage journalStage = new JournalStage(journal, counters);                                    // 1
        state = new DecisionState(config, counters, config.journal().idempotencyFile());
        state.orderStage().reconcileOnConnect(sessionContext.recoveryRequests());
        final GateStage gateStage = state.gateStage();                                                 // 2
        final IdempotencyStage idempotencyStage = state.idempotencyStage();                            // 3
        orderStage = state.orderStage();                                                               // 4
        final OutputStage outputStage = new OutputStage(new OrderSender[]{                                  // 5
            new SessionOrderSender(paperSession), liveSession == null ? NO_SESSION : new SessionOrderSender(liveSession)},
            rings, decisions, counters);

        final StageTimingListener timing = context.stageTimingListener();
        final EventHandler<InboundEvent> journaled = timed(journalStage, InboundEvent.STAGE_JOURNAL, timing);
        final EventHandler<InboundEvent> gated = timed(gateStage, InboundEvent.STAGE_GATES, timing);
        final EventHandler<InboundEvent> keyed = timed(idempotencyStage, InboundEvent.STAGE_IDEMPOTENCY, timing);
        final EventHandler<InboundEvent> ordered = timed(orderStage, InboundEvent.STAGE_ORDER, timing);
        final EventHandler<InboundEvent> output = timed(outputStage, InboundEvent.STAGE_OUTPUT, timing);
        if ("per-stage".equals(engineConfig.threadLayout()))
        {
            disruptor.handleEventsWith(journaled).then(gated).then(keyed).then(ordered).then(output);
        }
        else
        {
            disruptor.handleEventsWith(chain(journaled, gated, keyed, ordered, output));
        }
    }

    /**
     * Start the engine: pipeline, gateway session, then ingress.
     *
     * @throws IllegalStateException if another engine holds the journal, or the gateway cannot be
     *                               reached within the context's wait.
     */
    public static Engine launch(final EngineContext context)
    {
        context.conclude();
        createDirectories(context.config());
        final JournalLock lock = JournalLock.acquire(context.config().journalDir());
        final Engine engine;
        try
        {
            engine = new Engine(context, lock);
        }
        catch (final RuntimeException ex)
        {
            lock.close();
            throw ex;
        }
        try
        {
            engine.start();
            return engine;
        }
        catch (final RuntimeException ex)
        {
            engine.close();
            throw ex;
        }
    }

    public RingBuffer<InboundEvent> pipeline()
    {
        return disruptor.getRingBuffer();
    }

    public long pipelineErrors()
    {
        return errorHandler.errors();
    }

    public EngineCounters counters()
    {
        return status.counters();
    }

    public long ordersSent()
    {
        return status.counters().get(EngineCounter.ORDERS_SENT).get();
    }

    @Override
    public void close()
    {
        CloseHelper.quietClose(ingressRunner);
        CloseHelper.quietClose(paperSession);
        CloseHelper.quietClose(liveSession);
        try
        {
            disruptor.shutdown(5, TimeUnit.SECONDS);
        }
        catch (final TimeoutException ex)
        {
            LOG.warn("pipeline did not drain in 5 s; halting");
            disruptor.halt();
        }
        CloseHelper.quietCloseAll(journal, decisions, state, rings, status);
        runMarker.cleanShutdown();
        CloseHelper.quietClose(journalLock);
    }

    private void start()
    {
        final RingfenceConfig config = context.config();
        LOG.info("starting: {}", context);
        state.replay(config.journalDir(), null);
        seedExecutionsWatermark(paperSession, PAPER_SESSION);
        seedExecutionsWatermark(liveSession, LIVE_SESSION);
        LOG.info("idempotency table {} (found {}): {} key(s) rebuilt from the journal",
            config.journal().idempotencyFile(), state.tableStatusAtOpen(), state.idempotencyTable().entryCount());
        status.counters().reset();
        disruptor.start();
        paperSessionEvents.onEngineStarted();
        paperSessionEvents.onSessionDisconnected();
        if (liveSessionEvents != null)
        {
            liveSessionEvents.onSessionDisconnected();
        }
        if (runMarker.previousRunUnclean())
        {
            LOG.warn("the previous engine run did not shut down cleanly");
            if (config.gates().killSwitch().engageOnUncleanShutdown())
            {
                new AdminCommandPublisher(disruptor.getRingBuffer(), context.clock())
                    .engageGlobalKillSwitch(AdminCommandPublisher.UNCLEAN_SHUTDOWN_REASON);
            }
        }
        if (config.paperEnabled())
        {
            connectPaperSession(config.paperGateway());
        }
        if (liveSession != null)
        {
            LOG.info("live gateway {}:{}: {}", config.liveGateway().host(), config.liveGateway().port(),
                liveSession.connect());
        }
        final IngressAgent ingress = new IngressAgent(rings, disruptor.getRingBuffer(), context.clock(),
            status.counters().get(EngineCounter.OVERSIZED_INPUTS), status.counters().get(EngineCounter.RING_BACK_PRESSURE));
        ingressRunner = new AgentRunner(
            WaitStrategies.ingress(config.engine().idleStrategy()), this::onIngressError, null, ingress);
        AgentRunner.startOnThread(ingressRunner);
        LOG.info("ready: {} client(s) under {}", rings.count(), config.runDir().toAbsolutePath());
    }

    /**
     * After a restart, ask each gateway only for executions from shortly before the last one the
     * journal holds, not for the whole day.
     */
    private void seedExecutionsWatermark(final TwsSession session, final int index)
    {
        final long lastExecutionNs = orderStage.lastExecutionNs(index);
        if (session != null && lastExecutionNs > 0)
        {
            session.lastExecutionAt(TimeUnit.NANOSECONDS.toMillis(lastExecutionNs));
            LOG.info("session {}: recovery asks for executions since {} (epoch ms)", index, session.executionsSinceEpochMs());
        }
    }

    private void connectPaperSession(final GatewayConfig gateway)
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(context.gatewayWaitMs());
        TwsConnectResult result = TwsConnectResult.CONNECT_FAILED;
        while (System.nanoTime() - deadlineNs < 0)
        {
            result = paperSession.connect();
            if (result == TwsConnectResult.CONNECTED)
            {
                awaitReadyToTrade(deadlineNs);
                if (orderStage.isReadyToTrade())
                {
                    return;
                }
            }
            else if (result == TwsConnectResult.UNSUPPORTED_SERVER_VERSION)
            {
                break;
            }
            sleepMs(200);
        }
        throw new IllegalStateException("paper gateway " + gateway.host() + ":" + gateway.port() +
            " not ready within " + context.gatewayWaitMs() + " ms: " + result);
    }

    private void awaitReadyToTrade(final long deadlineNs)
    {
        while (!orderStage.isReadyToTrade() && System.nanoTime() - deadlineNs < 0)
        {
            sleepMs(5);
        }
    }

    private void onIngressError(final Throwable ex)
    {
        LOG.error("ingress error", ex);
    }

    /**
     * The stage itself, or, when someone listens for stage timings (a latency harness), the stage
     * wrapped to stamp its done time: no clock reads on the pipeline when nobody listens.
     */
    private static EventHandler<InboundEvent> timed(
        final EventHandler<InboundEvent> stage, final int index, final StageTimingListener timing)
    {
        return timing == StageTimingListener.NONE ? stage : new TimedStage(stage, index, timing);
    }

    @SafeVarargs
    private static EventHandler<InboundEvent> chain(final EventHandler<InboundEvent>... stages)
    {
        return new StageChain(stages);
    }

    private static ThreadFactory threadFactory()
    {
        return runnable ->
        {
            final Thread thread = new Thread(runnable, "ringfence-pipeline");
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void createDirectories(final RingfenceConfig config)
    {
        try
        {
            Files.createDirectories(config.runDir());
            Files.createDirectories(config.journalDir());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + config.runDir() + " or " + config.journalDir(), ex);
        }
    }

    private static void sleepMs(final long ms)
    {
        try
        {
            Thread.sleep(ms);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gateway", ex);
        }
    }
}
