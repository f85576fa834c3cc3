package io.ringfence.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar cli/target/ringfence.jar …} as a separate process, the way an operator runs it,
 * with its stdout lines readable as they come.
 */
final class CliProcess implements AutoCloseable
{
    private static final Path JAR = Path.of("target", "ringfence.jar");
    private static final int STDERR_TAIL_LINES = 40;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final Path stderr;

    private CliProcess(final Process process, final Path stderr)
    {
        this.process = process;
        this.stderr = stderr;
        final Thread reader = new Thread(this::pump, "cli-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static CliProcess start(final Path workDir, final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        final Path stderr = workDir.resolve("stderr-" + args[0] + "-" + System.nanoTime() + ".log");
        return new CliProcess(new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectError(stderr.toFile())
            .start(), stderr);
    }

    /**
     * Run to completion and return the exit code; {@link #output()} has what it printed.
     */
    int waitFor(final long timeoutSeconds) throws InterruptedException
    {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            throw new IllegalStateException("ringfence did not finish in " + timeoutSeconds + " s: " + output());
        }
        drain();
        return process.exitValue();
    }

    /**
     * Wait for a stdout line containing {@code text}.
     */
    String awaitLine(final String text, final long timeoutSeconds) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() - deadlineNs < 0)
        {
            final String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null)
            {
                all.add(line);
                if (line.contains(text))
                {
                    return line;
                }
            }
            else if (!process.isAlive())
            {
                break;
            }
        }
        throw new IllegalStateException("no line with '" + text + "' in " + timeoutSeconds + " s (process " +
            (process.isAlive() ? "still running" : "exited " + process.exitValue()) + "); printed: " + all +
            "; last of stderr:\n" + stderrTail());
    }

    private String stderrTail()
    {
        try
        {
            final List<String> stderrLines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            return String.join("\n", stderrLines.subList(Math.max(0, stderrLines.size() - STDERR_TAIL_LINES), stderrLines.size()));
        }
        catch (final IOException ex)
        {
            return "(unreadable: " + ex + ")";
        }
    }

    String output() throws InterruptedException
    {
        drain();
        return String.join("\n", all);
    }

    /**
     * SIGKILL, as a crash: no shutdown hook runs.
     */
    void kill() throws InterruptedException
    {
        process.destroyForcibly();
        if (!process.waitFor(15, TimeUnit.SECONDS))
        {
            throw new IllegalStateException("process did not die on SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException
    {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS))
        {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void drain() throws InterruptedException
    {
        Thread.sleep(50);
        lines.drainTo(all);
    }

    private void pump()
    {
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                lines.add(line);
            }
        }
        catch (final IOException ignored)
        {
            // the process ended
        }
    }
}
