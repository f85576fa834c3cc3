package io.ringfence.codecs.tws;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Golden test against an independent TWS client: {@code src/test/node/capture.js} drives
 * {@code @stoqey/ib} 1.6.10 (npm) against a byte-capturing loopback server for twenty requests;
 * our encoders' frames for the same requests must be identical field by field at server version
 * 193. On a mismatch the failure lists every differing field with its index.
 * <p>
 * Runs {@code npm ci} itself when {@code node_modules} is missing. Skipped (assumption) when
 * {@code node} / {@code npm} are not on the PATH, unless {@code CI=true}, where it fails.
 */
@Timeout(120)
class StoqeyGoldenIT
{
    private static final int SV = 193;
    private static final Path NODE_DIR = Path.of("src", "test", "node");
    private static final Map<String, List<String>> STOQEY = new LinkedHashMap<>();

    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(2048);

    @BeforeAll
    static void capture() throws Exception
    {
        final boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        final boolean haveNode = onPath("node") && onPath("npm");
        if (!haveNode && ci)
        {
            throw new AssertionError("CI=true but node/npm are not on the PATH: the @stoqey/ib golden test cannot run");
        }
        assumeTrue(haveNode, "node and npm not on the PATH: @stoqey/ib golden test skipped");

        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("@stoqey").resolve("ib")))
        {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        final String out = run(List.of("node", "capture.js"), 60);
        for (final String line : out.split("\n"))
        {
            final int tab = line.indexOf('\t');
            if (tab > 0)
            {
                STOQEY.put(line.substring(0, tab), Arrays.asList(line.substring(tab + 1).split("\u001f", -1)));
            }
        }
    }

    private static boolean onPath(final String command)
    {
        final String path = System.getenv("PATH");
        if (null == path)
        {
            return false;
        }
        for (final String dir : path.split(File.pathSeparator))
        {
            if (Files.isExecutable(Path.of(dir, command)))
            {
                return true;
            }
        }
        return false;
    }

    private static String run(final List<String> command, final int timeoutSeconds) throws Exception
    {
        final Path stderr = Files.createTempFile("stoqey-golden", ".err");
        final Process process = new ProcessBuilder(command).directory(NODE_DIR.toFile())
            .redirectError(stderr.toFile()).start();
        try
        {
            final byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || 0 != process.exitValue())
            {
                throw new IOException(command + " failed: " + Files.readString(stderr));
            }
            return new String(stdout, StandardCharsets.US_ASCII);
        }
        finally
        {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }

    private static TwsOrder order(
        final int orderId, final Side side, final OrderType type, final TimeInForce tif, final String orderRef)
    {
        final TwsOrder order = new TwsOrder().orderId(orderId).side(side).totalQuantity(100).orderType(type)
            .timeInForce(tif);
        order.symbol().set("AAPL");
        order.primaryExchange().set("NASDAQ");
        order.account().set("DU123456");
        order.orderRef().set(orderRef);
        return order;
    }

    private void assertSameFields(final String name, final ToIntFunction<ExpandableArrayBuffer> encoder)
    {
        final List<String> stoqey = STOQEY.get(name);
        assertThat(stoqey).as("@stoqey/ib frame for %s", name).isNotNull();
        final List<String> ours = TwsTestFrames.fields(buffer, 0, encoder.applyAsInt(buffer));

        final List<String> diff = new ArrayList<>();
        for (int i = 0; i < Math.max(ours.size(), stoqey.size()); i++)
        {
            final String a = i < ours.size() ? ours.get(i) : "<none>";
            final String b = i < stoqey.size() ? stoqey.get(i) : "<none>";
            if (!a.equals(b))
            {
                diff.add("field #" + (i + 1) + ": ours=[" + a + "] @stoqey/ib=[" + b + "]");
            }
        }
        assertThat(diff).as("%s: %d fields ours, %d fields @stoqey/ib; differences", name, ours.size(),
            stoqey.size()).isEmpty();
    }

    @Test
    void shouldEncodeEveryOrderTypeExactlyAsStoqey()
    {
        final PlaceOrderEncoder encoder = new PlaceOrderEncoder();
        assertSameFields("MKT", (b) -> encoder.encode(b, 0, SV,
            order(1001, Side.BUY, OrderType.MARKET, TimeInForce.DAY, "k-MKT")));
        assertSameFields("LMT", (b) -> encoder.encode(b, 0, SV,
            order(1002, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, "k-LMT").limitPrice(Price.parse("150.25"))));
        assertSameFields("STP", (b) -> encoder.encode(b, 0, SV,
            order(1003, Side.SELL, OrderType.STOP, TimeInForce.DAY, "k-STP").auxPrice(Price.parse("140.5"))));
        assertSameFields("STP LMT", (b) -> encoder.encode(b, 0, SV,
            order(1004, Side.SELL, OrderType.STOP_LIMIT, TimeInForce.IOC, "k-STPLMT")
                .limitPrice(Price.parse("139.9")).auxPrice(Price.parse("140.5"))));
        assertSameFields("TRAIL", (b) -> encoder.encode(b, 0, SV,
            order(1005, Side.SELL, OrderType.TRAILING_STOP, TimeInForce.DAY, "k-TRAIL")
                .auxPrice(Price.parse("1.5")).trailStopPrice(Price.parse("148")).outsideRth(true)));
        assertSameFields("TRAIL LIMIT", (b) -> encoder.encode(b, 0, SV,
            order(1006, Side.SELL, OrderType.TRAILING_STOP_LIMIT, TimeInForce.DAY, "k-TRAILLMT")
                .auxPrice(Price.parse("2")).trailStopPrice(Price.parse("147.5")).limitPriceOffset(Price.parse("0.1"))));
    }

    @Test
    void shouldEncodeBracketExactlyAsStoqey()
    {
        final PlaceOrderEncoder encoder = new PlaceOrderEncoder();
        assertSameFields("BRACKET parent", (b) -> encoder.encode(b, 0, SV,
            order(1007, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, "k-P").limitPrice(Price.parse("150"))
                .transmit(false)));
        final TwsOrder takeProfit = order(1008, Side.SELL, OrderType.LIMIT, TimeInForce.DAY, "k-TP")
            .limitPrice(Price.parse("155")).parentId(1007).transmit(false).ocaType(1);
        takeProfit.ocaGroup().set("oca-1007");
        assertSameFields("BRACKET take-profit", (b) -> encoder.encode(b, 0, SV, takeProfit));
        final TwsOrder stopLoss = order(1009, Side.SELL, OrderType.STOP, TimeInForce.DAY, "k-SL")
            .auxPrice(Price.parse("145")).parentId(1007).transmit(true).ocaType(1);
        stopLoss.ocaGroup().set("oca-1007");
        assertSameFields("BRACKET stop-loss", (b) -> encoder.encode(b, 0, SV, stopLoss));
    }

    @Test
    void shouldEncodeCancelAndRequestsExactlyAsStoqey()
    {
        final OrderQueryEncoder orderQuery = new OrderQueryEncoder();
        final AccountRequestEncoder account = new AccountRequestEncoder();
        assertSameFields("cancel", (b) -> new CancelOrderEncoder().encode(b, 0, SV, 1002));
        assertSameFields("reqIds", (b) -> new ReqIdsEncoder().encode(b, 0, 1));
        assertSameFields("reqOpenOrders", (b) -> orderQuery.encodeReqOpenOrders(b, 0));
        assertSameFields("reqAllOpenOrders", (b) -> orderQuery.encodeReqAllOpenOrders(b, 0));
        assertSameFields("reqCompletedOrders", (b) -> orderQuery.encodeReqCompletedOrders(b, 0, true));
        assertSameFields("reqGlobalCancel", (b) -> orderQuery.encodeReqGlobalCancel(b, 0, SV));
        assertSameFields("reqPositions", (b) -> account.encodeReqPositions(b, 0));
        assertSameFields("reqCurrentTime", (b) -> account.encodeReqCurrentTime(b, 0));
        assertSameFields("reqAccountSummary",
            (b) -> account.encodeReqAccountSummary(b, 0, 9, "All", "NetLiquidation,TotalCashValue"));

        final TwsExecutionFilter filter = new TwsExecutionFilter().clientId(7);
        filter.account().set("DU123456");
        filter.time().set("20240102-09:30:00");
        filter.symbol().set("AAPL");
        filter.secType().set("STK");
        filter.exchange().set("SMART");
        filter.side().set("BUY");
        assertSameFields("reqExecutions", (b) -> new ReqExecutionsEncoder().encode(b, 0, 42, filter));
        assertSameFields("reqMktData snapshot", (b) -> new MarketDataRequestEncoder().encodeReqMktData(
            b, 0, 5, 0, "AAPL", "STK", "SMART", "NASDAQ", "USD", "", true, false));
    }

    @Test
    void shouldHaveCapturedEveryRequest()
    {
        assertThat(STOQEY).hasSize(20);
    }
}
