package io.ringfence.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code ringfence journal tail}: print journal records, optionally following new ones.
 */
@Command(mixinStandardHelpOptions = true, name = "tail", description = "Print journal records (inputs, and decisions with --decisions).")
final class JournalTailCommand implements Callable<Integer>
{
    @Mixin
    JournalOptions journal;

    @Option(names = "--follow", description = "Keep printing new records until interrupted.")
    boolean follow;

    @Option(names = "--decisions", description = "Also print the engine's decisions and client events.")
    boolean decisions;

    @Option(names = "--account", description = "Only records mentioning this account.")
    String account;

    @Option(names = "--key", description = "Only records mentioning this idempotency key.")
    String key;

    @Option(names = "--from", paramLabel = "TIME", description = "Only records at or after this instant, e.g. 2026-11-23T09:30:00Z.")
    Instant from;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException
    {
        final JournalLineFormat format = json ? JournalLineFormat.JSON : JournalLineFormat.TEXT;
        return JournalPrinter.print(journal, decisions, follow, format, new JournalRecords(account, key, from));
    }
}
