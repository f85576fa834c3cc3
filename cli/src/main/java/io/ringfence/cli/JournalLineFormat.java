package io.ringfence.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;

/**
 * How journal lines print: text (default), JSON Lines, or CSV with a header.
 */
enum JournalLineFormat
{
    TEXT, JSON, CSV;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    String header()
    {
        return this == CSV ? "queue,index,time,timestamp_ns,kind,source,text" : null;
    }

    String format(final JournalRecords.Line line)
    {
        return switch (this)
        {
            case TEXT -> line.time() + " " + line.queue() + " " + line.index() + " " + line.kind() + "/" + line.source() +
                " " + line.text();
            case JSON -> json(line);
            case CSV -> line.queue() + "," + line.index() + "," + line.time() + "," + line.timestampNs() + "," +
                line.kind() + "," + line.source() + ",\"" + line.text().replace("\"", "\"\"") + "\"";
        };
    }

    private static String json(final JournalRecords.Line line)
    {
        try
        {
            return JSON_MAPPER.writeValueAsString(JSON_MAPPER.createObjectNode()
                .put("queue", line.queue())
                .put("index", line.index())
                .put("time", line.time())
                .put("timestampNs", line.timestampNs())
                .put("kind", line.kind())
                .put("source", line.source())
                .put("text", line.text()));
        }
        catch (final JsonProcessingException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
