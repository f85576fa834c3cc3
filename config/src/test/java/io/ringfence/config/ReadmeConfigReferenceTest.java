package io.ringfence.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table is tested against the config model: every key it lists is a
 * key the loader accepts, and the default it states is the default the model applies.
 */
class ReadmeConfigReferenceTest
{
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+(?:\\.[a-z_]+)+)` \\| `([^`]*)`.*\\|$");
    private static final String MINIMAL = """
        [accounts]
        paper = ["DU1"]
        [[clients]]
        name = "s1"
        accounts = ["DU1"]
        """;

    @Test
    void shouldStateEveryDefaultTheModelApplies() throws Exception
    {
        final List<String[]> rows = new ArrayList<>();
        for (final String line : Files.readAllLines(Path.of("..", "README.md")))
        {
            final Matcher matcher = ROW.matcher(line);
            if (matcher.matches())
            {
                rows.add(new String[]{matcher.group(1), matcher.group(2)});
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(16);

        final RingfenceConfig defaults = ConfigLoader.parse(MINIMAL);
        for (final String[] row : rows)
        {
            final String key = row[0];
            final int lastDot = key.lastIndexOf('.');
            final String toml = "[" + key.substring(0, lastDot) + "]\n" + key.substring(lastDot + 1) + " = " + row[1] +
                "\n" + MINIMAL;
            assertThat(ConfigLoader.parse(toml)).as(key + " = " + row[1]).isEqualTo(defaults);
        }
    }
}
