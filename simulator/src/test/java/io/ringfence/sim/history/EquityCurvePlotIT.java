package io.ringfence.sim.history;

import io.ringfence.codecs.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class EquityCurvePlotIT
{
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    @Test
    void shouldWritePngOfRequestedSizeThatDecodes() throws IOException
    {
        final Path file = dir.resolve("equity.png");

        EquityCurvePlot.writePng("DU8730189", curve(50), NEW_YORK, file, 640, 360);

        assertThat(file).exists();
        final byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        final BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(distinctColours(image)).as("something was drawn").isGreaterThan(2);
    }

    @Test
    void shouldDrawSingleSample() throws IOException
    {
        final Path file = dir.resolve("one.png");

        EquityCurvePlot.writePng("DU8730189", curve(1), NEW_YORK, file, 200, 100);

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void shouldRefuseSizeOutOfRangeAndNoSamples()
    {
        final Path file = dir.resolve("bad.png");

        assertThatThrownBy(() -> EquityCurvePlot.writePng("A", curve(2), NEW_YORK, file, 99, 600))
            .hasMessageContaining("99x600");
        assertThatThrownBy(() -> EquityCurvePlot.writePng("A", List.of(), NEW_YORK, file, 640, 360))
            .hasMessageContaining("no portfolio samples");
        assertThat(file).doesNotExist();
    }

    private static List<PortfolioSample> curve(final int count)
    {
        final List<PortfolioSample> samples = new ArrayList<>();
        long peak = Long.MIN_VALUE;
        for (int i = 0; i < count; i++)
        {
            final long equity = Price.ofUnits(100_000 + (i % 7) * 300 - i * 20);
            peak = Math.max(peak, equity);
            samples.add(new PortfolioSample(1_709_303_400_000L + i * 60_000L, 1, SampleTrigger.INTERVAL, equity, 0, 0,
                0, peak));
        }
        return samples;
    }

    private static int distinctColours(final BufferedImage image)
    {
        final Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3)
        {
            for (int x = 0; x < image.getWidth(); x += 3)
            {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
