package io.ringfence.engine;

import com.lmax.disruptor.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a bug in a stage ends up: counted, logged, and the pipeline keeps going. Expected
 * outcomes never come here; they are refusal codes.
 */
final class PipelineErrorHandler implements ExceptionHandler<InboundEvent>
{
    private static final Logger LOG = LoggerFactory.getLogger(PipelineErrorHandler.class);

    private final AtomicLong errors = new AtomicLong();

    @Override
    public void handleEventException(final Throwable ex, final long sequence, final InboundEvent event)
    {
        errors.incrementAndGet();
        LOG.error("pipeline error at sequence {} ({} from source {})", sequence, event.kind, event.source, ex);
    }

    @Override
    public void handleOnStartException(final Throwable ex)
    {
        errors.incrementAndGet();
        LOG.error("pipeline stage failed to start", ex);
    }

    @Override
    public void handleOnShutdownException(final Throwable ex)
    {
        errors.incrementAndGet();
        LOG.error("pipeline stage failed to shut down", ex);
    }

    long errors()
    {
        return errors.get();
    }
}
