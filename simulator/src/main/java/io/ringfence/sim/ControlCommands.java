package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.sim.history.EquityCurvePlot;
import io.ringfence.sim.history.HistoryExport;
import io.ringfence.sim.history.HistoryFormat;
import io.ringfence.sim.history.PortfolioSample;

import java.awt.AWTError;
import java.nio.file.Path;
import java.util.List;

/**
 * The admin language of the control port, one command per line, answered with one line starting
 * {@code ok} or {@code error}. Every command maps onto a {@link PaperGateway} method:
 * <pre>
 * quote SYMBOL BID ASK [BID_SIZE ASK_SIZE]   setQuote
 * drop [CLIENT_ID]                           dropConnection / dropAllConnections
 * restart OUTAGE_MS [ORDER_ID_ROLLBACK]      dailyRestart
 * connectivity lost|restored|data-lost       connectivityLost / connectivityRestored(true|false)
 * drop-status [COUNT]                        dropOrderStatus
 * delay-status DELAY_MS [COUNT]              delayOrderStatus
 * exec-before-open                           sendExecutionBeforeOpenOrder
 * duplicate-exec [COUNT]                     duplicateExecutions
 * reject-next                                rejectNextOrder
 * reset ACCOUNT [CASH]                       resetAccount
 * clear-faults                               clearFaults
 * history ACCOUNT csv|json FILE              writePortfolioHistory      -> ok SAMPLES FILE
 * plot ACCOUNT FILE [WIDTH HEIGHT]           plotEquityCurve            -> ok WIDTHxHEIGHT FILE
 * </pre>
 * Runs on the gateway thread, so {@code history} and {@code plot} write their file before the reply (and
 * the gateway waits meanwhile: milliseconds for a history, up to a second for the first plot). FILE is a
 * path without spaces, relative to the gateway's working directory; the reply names it absolute.
 */
final class ControlCommands
{
    static final String HELP = "commands: quote, drop, restart, connectivity, drop-status, delay-status, " +
        "exec-before-open, duplicate-exec, reject-next, reset, clear-faults, history, plot";

    private ControlCommands()
    {
    }

    static String execute(final String line, final GatewayAgent agent, final SimulatorContext ctx)
    {
        final String[] words = line.trim().split("\\s+");
        try
        {
            switch (words[0])
            {
                case "quote":
                    final boolean sized = words.length >= 6;
                    final boolean known = sized ?
                        agent.venue().setQuote(words[1], Price.parse(words[2]), Price.parse(words[3]),
                            Long.parseLong(words[4]), Long.parseLong(words[5])) :
                        agent.venue().setQuote(words[1], Price.parse(words[2]), Price.parse(words[3]));
                    return known ? "ok" : "error unknown symbol " + words[1];
                case "drop":
                    return "ok dropped " +
                        agent.dropConnections(words.length > 1 ? Integer.parseInt(words[1]) : Integer.MIN_VALUE);
                case "restart":
                    agent.restart(Long.parseLong(words[1]), words.length > 2 ? Integer.parseInt(words[2]) : 0);
                    return "ok";
                case "connectivity":
                    return connectivity(words[1], agent);
                case "drop-status":
                    agent.faults().dropOrderStatus(count(words, 1));
                    return "ok";
                case "delay-status":
                    agent.faults().delayOrderStatus(count(words, 2), Long.parseLong(words[1]));
                    return "ok";
                case "exec-before-open":
                    agent.faults().execBeforeOpenOrder();
                    return "ok";
                case "duplicate-exec":
                    agent.faults().duplicateExecutions(count(words, 1));
                    return "ok";
                case "reject-next":
                    agent.venue().orderBook().rejectNextOrder();
                    return "ok";
                case "reset":
                    final long cash = words.length > 2 ? Price.parse(words[2]) : Price.NULL;
                    return agent.venue().resetAccount(words[1], cash, ctx.initialCash()) ?
                        "ok" : "error unknown account " + words[1];
                case "clear-faults":
                    agent.faults().clear();
                    return "ok";
                case "history":
                    return history(words, agent);
                case "plot":
                    return plot(words, agent, ctx);
                default:
                    return "error " + HELP;
            }
        }
        catch (final RuntimeException ex)
        {
            return "error " + ex.getClass().getSimpleName() + ": " + ex.getMessage() + " (" + HELP + ")";
        }
    }

    private static String connectivity(final String state, final GatewayAgent agent)
    {
        switch (state)
        {
            case "lost":
                agent.router().broadcastNotice(GatewayErrors.CONNECTIVITY_LOST, GatewayErrors.CONNECTIVITY_LOST_TEXT);
                return "ok";
            case "restored":
                agent.router().broadcastNotice(
                    GatewayErrors.CONNECTIVITY_RESTORED, GatewayErrors.CONNECTIVITY_RESTORED_TEXT);
                return "ok";
            case "data-lost":
                agent.router().broadcastNotice(
                    GatewayErrors.CONNECTIVITY_RESTORED_DATA_LOST, GatewayErrors.CONNECTIVITY_RESTORED_DATA_LOST_TEXT);
                return "ok";
            default:
                return "error connectivity lost|restored|data-lost";
        }
    }

    private static String history(final String[] words, final GatewayAgent agent)
    {
        if (words.length != 4)
        {
            return "error history ACCOUNT csv|json FILE";
        }
        final HistoryFormat format = HistoryFormat.parse(words[2]);
        final List<PortfolioSample> samples = PaperGateway.findHistory(agent.venue(), words[1]).samples();
        final Path file = Path.of(words[3]).toAbsolutePath();
        HistoryExport.write(words[1], samples, format, file);
        return "ok " + samples.size() + " " + file;
    }

    private static String plot(final String[] words, final GatewayAgent agent, final SimulatorContext ctx)
    {
        if (words.length != 3 && words.length != 5)
        {
            return "error plot ACCOUNT FILE [WIDTH HEIGHT]";
        }
        final int width = words.length == 5 ? Integer.parseInt(words[3]) : EquityCurvePlot.DEFAULT_WIDTH;
        final int height = words.length == 5 ? Integer.parseInt(words[4]) : EquityCurvePlot.DEFAULT_HEIGHT;
        final List<PortfolioSample> samples = PaperGateway.findHistory(agent.venue(), words[1]).samples();
        final Path file = Path.of(words[2]).toAbsolutePath();
        try
        {
            EquityCurvePlot.writePng(words[1], samples, ctx.timeZone(), file, width, height);
        }
        catch (final LinkageError | AWTError ex)
        {
            return "error cannot draw (java.desktop unusable here): " + ex;
        }
        return "ok " + width + "x" + height + " " + file;
    }

    private static int count(final String[] words, final int index)
    {
        return words.length > index ? Integer.parseInt(words[index]) : 1;
    }
}
