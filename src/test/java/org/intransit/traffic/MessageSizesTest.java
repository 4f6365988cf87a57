package org.intransit.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.intransit.scenario.LoadPlan.Distribution;
import org.intransit.scenario.LoadPlan.SizeRange;
import org.junit.jupiter.api.Test;

/** Message sizes for load traffic, drawn with a fixed seed. */
class MessageSizesTest {

    private static long[] draw(SizeRange range, int n) {
        MessageSizes sizes = new MessageSizes(2048, range, new SplittableRandom(9));
        return LongStream.range(0, n).map(i -> sizes.next()).toArray();
    }

    @Test
    void withoutARangeEverySizeShouldBeTheFixedOne() {
        assertThat(draw(null, 100)).containsOnly(2048L);
    }

    @Test
    void uniformSizesShouldSpreadEvenlyOverTheRangeInclusive() {
        long[] sizes = draw(new SizeRange(1024, 2047, Distribution.UNIFORM), 100_000);

        assertThat(Arrays.stream(sizes).min().orElseThrow()).isEqualTo(1024);
        assertThat(Arrays.stream(sizes).max().orElseThrow()).isEqualTo(2047);
        assertThat(Arrays.stream(sizes).filter(s -> s < 1536).count()).isBetween(49_000L, 51_000L);
    }

    @Test
    void lognormalSizesShouldHaveTheirMedianAtTheGeometricMeanAndStayInTheRange() {
        long[] sizes = draw(new SizeRange(1024, 65_536, Distribution.LOGNORMAL), 100_000);
        long[] sorted = sizes.clone();
        Arrays.sort(sorted);

        assertThat(sorted[0]).isGreaterThanOrEqualTo(1024);
        assertThat(sorted[sorted.length - 1]).isLessThanOrEqualTo(65_536);
        assertThat(sorted[50_000]).as("median near sqrt(1 KiB * 64 KiB) = 8 KiB").isBetween(7_900L, 8_500L);
        long mean = (long) Arrays.stream(sizes).average().orElseThrow();
        assertThat(mean).as("a right tail pulls the mean above the median").isGreaterThan(sorted[50_000] + 1000);
        assertThat(Arrays.stream(sizes).filter(s -> s == 65_536).count()).as("about 0.15% clamped at max").isBetween(50L, 300L);
    }
}
