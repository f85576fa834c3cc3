package io.ringfence.cli;

import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code ringfence journal verify}: every input record decodes, every decision names an input,
 * and replaying the inputs through the engine's deterministic stages gives, record by record,
 * the decisions the engine journaled. Exit 0 when all holds, 1 otherwise.
 */
@Command(mixinStandardHelpOptions = true, name = "verify", description = "Check the journal's records and that replay reproduces every decision.")
final class JournalVerifyCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        final JournalVerification verification = JournalVerification.run(config, journal.dir(config));
        verification.report(System.out);
        return verification.isClean() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
