package io.ringfence.bench.tws;

import io.ringfence.bench.JmhResults;
import io.ringfence.codecs.tws.PlaceOrderEncoder;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints the TWS codec benchmarks beside the FIX baselines as a Markdown table: ns/op, bytes per
 * message, ns/byte and B/op. The message sizes come from encoding the benchmark fixtures once here.
 * <pre>
 * java --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     io.ringfence.bench.tws.TwsBenchReport /tmp/tws-bench.json [--show]
 * </pre>
 * {@code --show} also prints each encoded message, separators shown as {@code |}.
 */
public final class TwsBenchReport
{
    private TwsBenchReport()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length < 1)
        {
            System.err.println("usage: TwsBenchReport <jmh-result.json> [--show]");
            System.exit(2);
        }
        final Map<String, Integer> bytesPerMessage = messageSizes(args.length > 1 && "--show".equals(args[1]));

        System.out.println("| benchmark | ns/op | bytes/msg | ns/byte | B/op |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (final JmhResults.Row row : JmhResults.read(Path.of(args[0])).rows())
        {
            final Integer bytes = bytesPerMessage.get(row.method());
            System.out.printf("| %s | %.1f ± %.1f | %s | %s | %.1f |%n",
                row.shortName(), row.score(), row.scoreError(),
                null == bytes ? "" : bytes.toString(),
                null == bytes ? "" : String.format("%.3f", row.score() / bytes),
                row.allocBytesPerOp());
        }
    }

    static Map<String, Integer> messageSizes(final boolean show)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        final Map<String, Integer> sizes = new LinkedHashMap<>();

        int length = new PlaceOrderEncoder().encode(buffer, 0, OrderFixtures.SERVER_VERSION, OrderFixtures.limitOrder());
        sizes.put("placeOrderEncode", length);
        show(show, "TWS PLACE_ORDER", buffer.getStringWithoutLengthAscii(4, length - 4));

        length = OrderFixtures.encodeOrderStatus(buffer, 0);
        sizes.put("orderStatusDecode", length);
        show(show, "TWS ORDER_STATUS", buffer.getStringWithoutLengthAscii(4, length - 4));

        length = OrderFixtures.encodeExecution(buffer, 0);
        sizes.put("execDetailsDecode", length);
        show(show, "TWS EXECUTION_DATA", buffer.getStringWithoutLengthAscii(4, length - 4));

        final FixOrderEncoders.Artio artio = new FixOrderEncoders.Artio();
        length = artio.encode(2);
        sizes.put("artioNewOrderSingleEncode", length);
        show(show, "Artio NewOrderSingle", artio.lastMessage());

        final FixOrderEncoders.QuickFixJ quickFixJ = new FixOrderEncoders.QuickFixJ();
        sizes.put("quickFixJNewOrderSingleEncode", quickFixJ.encode(2));
        show(show, "QuickFIX/J NewOrderSingle", quickFixJ.lastMessage());
        return sizes;
    }

    private static void show(final boolean show, final String name, final String message)
    {
        if (show)
        {
            System.out.println(name + " (" + message.length() + " chars): " + message.replace('\0', '|').replace('\001', '|'));
        }
    }
}
