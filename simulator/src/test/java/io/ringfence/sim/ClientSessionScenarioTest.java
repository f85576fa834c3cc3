package io.ringfence.sim;

import io.ringfence.codecs.Price;
import io.ringfence.codecs.sbe.OrderType;
import io.ringfence.codecs.sbe.Side;
import io.ringfence.codecs.sbe.TimeInForce;
import io.ringfence.codecs.tws.CancelOrderEncoder;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import io.ringfence.codecs.tws.ReqIdsEncoder;
import io.ringfence.codecs.tws.StartApiEncoder;
import io.ringfence.codecs.tws.TwsFieldWriter;
import io.ringfence.codecs.tws.TwsOrder;
import io.ringfence.codecs.tws.TwsServerAdapter;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protocol sessions driven by text scenarios in {@code src/test/resources/scenarios}: requests go in as
 * real TWS frames (encoded by the codec, decoded by its {@code TwsServerAdapter}), replies come out as
 * {@link ReplyLines} text. A scenario is a transcript:
 * <pre>
 * 7&gt; place 1 DU8730189 AAPL BUY 100 MKT ref=a   ← session 7 sends a request
 * 7&lt; status 1 PreSubmitted …                      ← what session 7 must receive, in order
 * &gt; quote AAPL 189.00 189.02                      ← the market moves
 * </pre>
 * Requests: {@code start [clientId]}, {@code place id account|- symbol BUY|SELL qty MKT|LMT|STP [limit]
 * [tif=IOC] [transmit=0] [parent=N] [ref=x]}, {@code cancel id}, {@code ids}, {@code frame field…}
 * ({@code ""} = empty field), {@code close}. Market and faults: {@code > quote SYMBOL BID ASK [BID_SIZE
 * ASK_SIZE]}, {@code > fault reject-next|drop-status|duplicate-exec|exec-before-open}, {@code > reset
 * ACCOUNT CASH}. After each step the replies of every session, lowest label first, must equal the lines
 * that follow it; {@code N< disconnect} means the gateway drops that client.
 * <p>
 * To rewrite the expected lines after a deliberate change of behaviour, run with
 * {@code -Dringfence.scenarios.write=src/test/resources/scenarios} and review the diff.
 */
class ClientSessionScenarioTest
{
    private static final int SERVER_VERSION = 193;

    private final SessionRouter router = new SessionRouter();
    private final GatewayFaults faults = new GatewayFaults();
    private final SimulatorContext ctx = new SimulatorContext().epochClock(new CachedEpochClock()).conclude();
    private final PaperVenue venue = new PaperVenue(ctx, router, router);
    private final TreeMap<Integer, TestSession> sessions = new TreeMap<>();
    private final ExpandableArrayBuffer requestBuffer = new ExpandableArrayBuffer(1024);

    /**
     * 2024-01-02 10:00 New York.
     */
    private static final long NOW_MS = 1_704_207_600_000L;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "start-and-trade.txt", "limits-and-cancels.txt", "rejections.txt", "several-clients.txt",
        "queries.txt", "brackets-and-modify.txt", "faults.txt" })
    void shouldReplyAsScenarioSays(final String scenario) throws IOException
    {
        ((CachedEpochClock)ctx.epochClock()).update(NOW_MS);
        venue.nowMs(NOW_MS);
        final List<String> expected = readScenario(scenario);
        final List<String> actual = new ArrayList<>();

        for (final String line : expected)
        {
            if (line.matches("\\d*>.*"))
            {
                final int marker = line.indexOf('>');
                actual.add(line);
                execute(marker == 0 ? 0 : Integer.parseInt(line.substring(0, marker)), line.substring(marker + 1).trim());
                sessions.forEach((label, session) -> session.drainInto(label, actual));
            }
        }

        final String writeDir = System.getProperty("ringfence.scenarios.write");
        if (null != writeDir)
        {
            rewrite(Path.of(writeDir, scenario), actual);
        }
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    private void execute(final int label, final String request)
    {
        final String[] words = request.split(" ");
        switch (words[0])
        {
            case "start":
                session(label).onFrame(new StartApiEncoder().encode(
                    requestBuffer, 0, words.length > 1 ? Integer.parseInt(words[1]) : label, ""));
                break;
            case "place":
                session(label).onFrame(new PlaceOrderEncoder().encode(requestBuffer, 0, SERVER_VERSION, order(words)));
                break;
            case "cancel":
                session(label).onFrame(
                    new CancelOrderEncoder().encode(requestBuffer, 0, SERVER_VERSION, Integer.parseInt(words[1])));
                break;
            case "ids":
                session(label).onFrame(new ReqIdsEncoder().encode(requestBuffer, 0, 1));
                break;
            case "frame":
                final TwsFieldWriter writer = new TwsFieldWriter().beginFrame(requestBuffer, 0);
                for (int i = 1; i < words.length; i++)
                {
                    writer.putAscii("\"\"".equals(words[i]) ? "" : words[i]);
                }
                session(label).onFrame(writer.endFrame());
                break;
            case "close":
                sessions.remove(label).session.onClose();
                break;
            case "quote":
                if (words.length > 5)
                {
                    venue.setQuote(words[1], Price.parse(words[2]), Price.parse(words[3]), Long.parseLong(words[4]),
                        Long.parseLong(words[5]));
                }
                else
                {
                    venue.setQuote(words[1], Price.parse(words[2]), Price.parse(words[3]));
                }
                break;
            case "fault":
                fault(words[1]);
                break;
            case "reset":
                venue.resetAccount(words[1], Price.parse(words[2]), ctx.initialCash());
                break;
            default:
                throw new IllegalArgumentException("unknown request: " + request);
        }
    }

    private void fault(final String name)
    {
        switch (name)
        {
            case "reject-next" -> venue.orderBook().rejectNextOrder();
            case "drop-status" -> faults.dropOrderStatus(1);
            case "duplicate-exec" -> faults.duplicateExecutions(1);
            case "exec-before-open" -> faults.execBeforeOpenOrder();
            default -> throw new IllegalArgumentException("unknown fault: " + name);
        }
    }

    private static void rewrite(final Path file, final List<String> actual) throws IOException
    {
        final List<String> out = new ArrayList<>();
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8))
        {
            if (!line.startsWith("#"))
            {
                break;
            }
            out.add(line);
        }
        for (final String line : actual)
        {
            if (line.matches("\\d*>.*"))
            {
                out.add("");
            }
            out.add(line);
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static TwsOrder order(final String[] words)
    {
        final TwsOrder order = new TwsOrder()
            .orderId(Integer.parseInt(words[1]))
            .side(Side.valueOf(words[4]))
            .totalQuantity(Long.parseLong(words[5]))
            .orderType("MKT".equals(words[6]) ? OrderType.MARKET : "LMT".equals(words[6]) ? OrderType.LIMIT :
                OrderType.STOP);
        order.account().set("-".equals(words[2]) ? "" : words[2]);
        order.symbol().set(words[3]);
        for (int i = 7; i < words.length; i++)
        {
            final String word = words[i];
            if (word.startsWith("tif="))
            {
                order.timeInForce(TimeInForce.valueOf(word.substring(4)));
            }
            else if (word.startsWith("transmit="))
            {
                order.transmit(!"0".equals(word.substring(9)));
            }
            else if (word.startsWith("parent="))
            {
                order.parentId(Integer.parseInt(word.substring(7)));
            }
            else if (word.startsWith("ref="))
            {
                order.orderRef().set(word.substring(4));
            }
            else if (OrderType.STOP == order.orderType())
            {
                order.auxPrice(Price.parse(word));
            }
            else
            {
                order.limitPrice(Price.parse(word));
            }
        }
        return order;
    }

    private TestSession session(final int label)
    {
        return sessions.computeIfAbsent(label, (ignore) -> new TestSession());
    }

    private List<String> readScenario(final String scenario) throws IOException
    {
        try (InputStream in = getClass().getResourceAsStream("/scenarios/" + scenario))
        {
            assertThat(in).as(scenario).isNotNull();
            final List<String> lines = new ArrayList<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
            {
                if (!line.isBlank() && !line.startsWith("#"))
                {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    /**
     * One client's session over an in-memory reply buffer.
     */
    private final class TestSession implements ReplyBuffer
    {
        private final ExpandableArrayBuffer replies = new ExpandableArrayBuffer(4096);
        private final ReplyLines replyLines = new ReplyLines();
        private final ReplyFrames inboundAdapter = new ReplyFrames(replyLines);
        private final ReplyEncoder replyEncoder = new ReplyEncoder(this, "0000abcd");
        private final ClientSession session =
            new ClientSession(replyEncoder, venue, router, faults, SimulatorContext.DEFAULT_TIME_ZONE);
        private final TwsServerAdapter serverAdapter = new TwsServerAdapter(session);
        private int writeIndex;
        private int readIndex;
        private int linesRead;
        private boolean closeRequested;

        TestSession()
        {
            replyEncoder.serverVersion(SERVER_VERSION);
        }

        void onFrame(final int frameLength)
        {
            final int length = frameLength - TwsFieldWriter.LENGTH_PREFIX_BYTES;
            serverAdapter.onFrame(requestBuffer, TwsFieldWriter.LENGTH_PREFIX_BYTES, length, SERVER_VERSION);
        }

        void drainInto(final int label, final List<String> transcript)
        {
            while (readIndex < writeIndex)
            {
                final int length = replies.getInt(readIndex, ByteOrder.BIG_ENDIAN);
                inboundAdapter.onFrame(replies, readIndex + TwsFieldWriter.LENGTH_PREFIX_BYTES, length, SERVER_VERSION);
                readIndex += TwsFieldWriter.LENGTH_PREFIX_BYTES + length;
            }
            final List<String> lines = replyLines.lines();
            for (; linesRead < lines.size(); linesRead++)
            {
                transcript.add(label + "< " + lines.get(linesRead));
            }
            if (closeRequested)
            {
                transcript.add(label + "< disconnect");
                closeRequested = false;
            }
        }

        public int claim(final int maxLength)
        {
            return writeIndex;
        }

        public void commit(final int length)
        {
            writeIndex += length;
        }

        public MutableDirectBuffer buffer()
        {
            return replies;
        }

        public void closeAfterFlush()
        {
            closeRequested = true;
        }
    }
}
