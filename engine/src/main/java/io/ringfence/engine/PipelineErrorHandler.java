package io.ringfence.engine;

import com.lmax.disruptor.ExceptionHandler;
import org.agrona.concurrent.errors.DistinctErrorLog;
import org.agrona.concurrent.status.AtomicCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a bug in a stage ends up: counted, logged, and the pipeline keeps going. Expected
 * outcomes never come here; they are refusal codes.
 */
final class PipelineErrorHandler implements ExceptionHandler<InboundEvent>
{
    private static final Logger LOG = LoggerFactory.getLogger(PipelineErrorHandler.class);

    private final AtomicCounter errors;
    private final DistinctErrorLog errorLog;

    PipelineErrorHandler(final AtomicCounter errors, final DistinctErrorLog errorLog)
    {
        this.errors = errors;
        this.errorLog = errorLog;
    }

    @Override
    public void handleEventException(final Throwable ex, final long sequence, final InboundEvent event)
    {
        record(ex);
        LOG.error("pipeline error at sequence {} ({} from source {})", sequence, event.kind, event.source, ex);
    }

    @Override
    public void handleOnStartException(final Throwable ex)
    {
        record(ex);
        LOG.error("pipeline stage failed to start", ex);
    }

    @Override
    public void handleOnShutdownException(final Throwable ex)
    {
        record(ex);
        LOG.error("pipeline stage failed to shut down", ex);
    }

    long errors()
    {
        return errors.get();
    }

    private void record(final Throwable ex)
    {
        errors.incrementRelease();
        errorLog.record(ex);
    }
}
