package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.sim.history.HistoryFormat;
import io.ringfence.sim.history.PortfolioSample;
import io.ringfence.sim.history.SampleTrigger;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Portfolio history of the real gateway: a market buy over the TWS socket, then the history exported and
 * plotted through the control port and the Java API. The clock stands still at 2024-03-01T14:30:00Z, so
 * the start and the fill are both sampled then.
 */
@Timeout(30)
class PaperGatewayHistoryIT
{
    private static final String ACCOUNT = "DU8730189";
    private static final long NOW_MS = 1_709_303_400_000L;
    private static final String START_ROW =
        "1709303400000,2024-03-01T14:30:00Z,DU8730189,1,start,100000.00,0.00,100000.00,0.00,0.00,100000.00,0.00";
    private static final String FILL_ROW =
        "1709303400000,2024-03-01T14:30:00Z,DU8730189,1,fill,80998.00,19000.00,99998.00,0.00,-2.00,100000.00,2.00";

    @TempDir
    Path dir;

    private PaperGateway gateway;
    private TwsTestClient client;

    @BeforeEach
    void boughtOneHundredAaplAtTheAsk() throws IOException
    {
        final CachedEpochClock clock = new CachedEpochClock();
        clock.update(NOW_MS);
        gateway = PaperGateway.launch(new SimulatorContext()
            .port(0)
            .controlPort(0)
            .epochClock(clock)
            .initialCash(Price.ofUnits(100_000))
            .historyIntervalMs(0));
        client = new TwsTestClient(gateway.port()).handshake();
        client.startApi(7);
        client.placeOrder(marketBuy(1, 100));
        assertThat(client.await("exec 1 ")).contains("100@190.01");
        client.await("status 1 Filled");
    }

    @AfterEach
    void close() throws IOException
    {
        client.close();
        final long errors = gateway.errorCount();
        gateway.close();
        assertThat(errors).as("unexpected exceptions on the gateway thread").isZero();
    }

    @Test
    void shouldExportHistoryAndPlotEquityCurveOnControlPort() throws IOException
    {
        final Path csv = dir.resolve("history.csv");
        final Path json = dir.resolve("history.json");
        final Path png = dir.resolve("equity.png");

        try (Socket control = new Socket("127.0.0.1", gateway.controlPort());
            PrintWriter out = new PrintWriter(control.getOutputStream(), true, StandardCharsets.US_ASCII);
            BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(),
                StandardCharsets.US_ASCII)))
        {
            out.println("history " + ACCOUNT + " csv " + csv);
            assertThat(in.readLine()).isEqualTo("ok 2 " + csv);
            out.println("history " + ACCOUNT + " JSON " + json);
            assertThat(in.readLine()).isEqualTo("ok 2 " + json);
            out.println("plot " + ACCOUNT + " " + png + " 800 400");
            assertThat(in.readLine()).isEqualTo("ok 800x400 " + png);

            out.println("history NOPE csv " + csv);
            assertThat(in.readLine()).startsWith("error ").contains("account not managed here: NOPE");
            out.println("history " + ACCOUNT + " xml " + csv);
            assertThat(in.readLine()).startsWith("error ").contains("csv or json");
            out.println("history " + ACCOUNT + " csv");
            assertThat(in.readLine()).isEqualTo("error history ACCOUNT csv|json FILE");
            out.println("plot " + ACCOUNT + " " + dir.resolve("tiny.png") + " 10 10");
            assertThat(in.readLine()).startsWith("error ").contains("10x10");
            out.println("history " + ACCOUNT + " csv " + dir.resolve("no/such/dir.csv"));
            assertThat(in.readLine()).startsWith("error ").contains("cannot write portfolio history");
        }

        assertThat(Files.readAllLines(csv)).containsExactly(
            "time_ms,time,account,generation,trigger,cash,market_value,equity,realized_pnl,unrealized_pnl," +
            "peak_equity,drawdown", START_ROW, FILL_ROW);
        assertThat(Files.readString(json))
            .startsWith("{\"account\":\"DU8730189\",\"samples\":[{\"timeMs\":1709303400000,")
            .contains("\"trigger\":\"fill\",\"cash\":80998.00,\"marketValue\":19000.00,\"equity\":99998.00")
            .endsWith("\"drawdown\":2.00}]}");
        final BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(dir.resolve("tiny.png")).doesNotExist();
    }

    @Test
    void shouldExportHistoryAndPlotEquityCurveFromJava() throws IOException
    {
        final Path csv = dir.resolve("history.csv");
        final Path png = dir.resolve("equity.png");

        assertThat(gateway.portfolioHistory(ACCOUNT)).extracting(PortfolioSample::trigger)
            .containsExactly(SampleTrigger.START, SampleTrigger.FILL);
        assertThat(gateway.writePortfolioHistory(ACCOUNT, HistoryFormat.CSV, csv)).isEqualTo(2);
        assertThat(Files.readString(csv)).isEqualTo(gateway.portfolioHistory(ACCOUNT, HistoryFormat.CSV))
            .endsWith(FILL_ROW + "\n");
        gateway.plotEquityCurve(ACCOUNT, png, 1024, 600);

        final BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThatThrownBy(() -> gateway.portfolioHistory("NOPE")).hasMessageContaining("NOPE");
    }

    @Test
    void shouldSampleResetAsNewGenerationAndKeepHistory()
    {
        assertThat(gateway.control("reset " + ACCOUNT + " 5000")).isEqualTo("ok");

        assertThat(gateway.portfolioHistory(ACCOUNT)).extracting(PortfolioSample::trigger, PortfolioSample::generation,
            PortfolioSample::equity).containsExactly(
            tuple(SampleTrigger.START, 1, Price.ofUnits(100_000)),
            tuple(SampleTrigger.FILL, 1, Price.parse("99998")),
            tuple(SampleTrigger.RESET, 2, Price.ofUnits(5_000)));
    }

    private static TwsOrder marketBuy(final int orderId, final long quantity)
    {
        final TwsOrder order = new TwsOrder()
            .orderId(orderId)
            .side(Side.BUY)
            .totalQuantity(quantity)
            .orderType(OrderType.MARKET)
            .limitPrice(Price.NULL);
        order.account().set(ACCOUNT);
        order.symbol().set("AAPL");
        return order;
    }
}
