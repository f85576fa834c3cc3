package io.ringfence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ringfence.codecs.Price;
import io.ringfence.codecs.tws.CommissionReportDecoder;
import io.ringfence.codecs.tws.ExecutionDataDecoder;
import io.ringfence.config.RingfenceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ringfence executions [--account A] [--symbol S]}: every execution the journal holds, once
 * each by execId (the broker repeats them on reconnect), with its time, order reference and the
 * commission its COMMISSION_REPORT gave. Read from the journaled broker frames, so it survives a
 * gateway restart and works while the engine runs.
 */
@Command(mixinStandardHelpOptions = true, name = "executions", description = "Executions with commissions, from the journal.")
final class ExecutionsCommand implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Execution
    {
        String time;
        String account;
        String symbol;
        String side;
        long shares;
        long price;
        int brokerOrderId;
        String orderRef;
        long commission = Price.NULL;
        String currency = "";
    }

    @Mixin
    JournalOptions journal;

    @Option(names = "--account", description = "Only this account's executions.")
    String account;

    @Option(names = "--symbol", description = "Only this symbol's executions.")
    String symbol;

    @Option(names = "--json", description = "Print one JSON array.")
    boolean json;

    private final Map<String, Execution> executions = new LinkedHashMap<>();

    @Override
    public Integer call()
    {
        final RingfenceConfig config = journal.loadOrReport();
        if (config == null)
        {
            return ExitCodes.CONFIG_ERROR;
        }
        new Reader().readAll(journal.dir(config));
        print();
        return ExitCodes.OK;
    }

    /**
     * Keeps each execution once, with its commission report.
     */
    private final class Reader extends JournaledFrames
    {
        @Override
        public void onExecution(final ExecutionDataDecoder decoder)
        {
            final String execId = decoder.execId().toString();
            if (executions.containsKey(execId) || (account != null && !account.contentEquals(decoder.account())) ||
                (symbol != null && !symbol.contentEquals(decoder.symbol())))
            {
                return;
            }
            final Execution execution = new Execution();
            execution.time = decoder.time().toString();
            execution.account = decoder.account().toString();
            execution.symbol = decoder.symbol().toString();
            execution.side = decoder.sideText().toString();
            execution.shares = decoder.shares();
            execution.price = decoder.price();
            execution.brokerOrderId = decoder.orderId();
            execution.orderRef = decoder.orderRef().toString();
            executions.put(execId, execution);
        }

        @Override
        public void onCommissionReport(final CommissionReportDecoder decoder)
        {
            final Execution execution = executions.get(decoder.execId().toString());
            if (execution != null)
            {
                execution.commission = decoder.commission();
                execution.currency = decoder.currency().toString();
            }
        }
    }

    private void print()
    {
        if (json)
        {
            final ArrayNode array = JSON.createArrayNode();
            executions.forEach((execId, e) -> array.addObject()
                .put("execId", execId)
                .put("time", e.time)
                .put("account", e.account)
                .put("symbol", e.symbol)
                .put("side", e.side)
                .put("shares", e.shares)
                .put("price", Price.toString(e.price))
                .put("brokerOrderId", e.brokerOrderId)
                .put("orderRef", e.orderRef)
                .put("commission", Price.isSet(e.commission) ? Price.toString(e.commission) : null)
                .put("currency", e.currency));
            System.out.println(array);
            return;
        }
        System.out.printf("%-26s %-12s %-8s %-4s %8s %10s %8s %-24s %10s  %s%n",
            "time", "account", "symbol", "side", "shares", "price", "broker#", "orderRef", "commission", "execId");
        executions.forEach((execId, e) -> System.out.printf("%-26s %-12s %-8s %-4s %8d %10s %8d %-24s %10s  %s%n",
            e.time, e.account, e.symbol, e.side, e.shares, Price.toString(e.price), e.brokerOrderId, e.orderRef,
            Price.isSet(e.commission) ? Price.toString(e.commission) + " " + e.currency : "", execId));
    }
}
