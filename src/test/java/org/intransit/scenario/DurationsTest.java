package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parseShouldAcceptCompactAndIsoFormsWhenWellFormed() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("3h")).isEqualTo(Duration.ofHours(3));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d2h3m4s5ms")).isEqualTo(Duration.parse("P1DT2H3M4.005S"));
        assertThat(Durations.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(Durations.parse("-5m")).isEqualTo(Duration.ofMinutes(-5));
    }

    @Test
    void parseShouldReturnNullWhenTextIsNotADuration() {
        assertThat(Durations.parse("15")).isNull();
        assertThat(Durations.parse("15 mins")).isNull();
        assertThat(Durations.parse("30m1h")).isNull();
        assertThat(Durations.parse("1.5h")).isNull();
        assertThat(Durations.parse("PT")).isNull();
        assertThat(Durations.parse("99999999999999999999d")).isNull();
    }

    @Test
    void formatShouldWriteCompactFormWhenGivenAnyDuration() {
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofHours(36))).isEqualTo("1d12h");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1s500ms");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofMinutes(-5))).isEqualTo("-5m");
    }

    @Test
    void parseSizeShouldUseDecimalAndBinaryUnitsWhenGiven() {
        assertThat(Durations.parseSize("512")).isEqualTo(512L);
        assertThat(Durations.parseSize("512B")).isEqualTo(512L);
        assertThat(Durations.parseSize("2KB")).isEqualTo(2000L);
        assertThat(Durations.parseSize("8KiB")).isEqualTo(8192L);
        assertThat(Durations.parseSize("1MB")).isEqualTo(1_000_000L);
        assertThat(Durations.parseSize("1MiB")).isEqualTo(1_048_576L);
        assertThat(Durations.parseSize("8 kib")).isEqualTo(8192L);
        assertThat(Durations.parseSize("8 kilobytes")).isNull();
        assertThat(Durations.parseSize("-1")).isNull();
    }

    @Test
    void parseTimeOfDayShouldAcceptHoursAndMinutesWhenInRange() {
        assertThat(Durations.parseTimeOfDay("01:00")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parseTimeOfDay("7:30")).isEqualTo(Duration.ofMinutes(450));
        assertThat(Durations.parseTimeOfDay("23:59")).isEqualTo(Duration.ofMinutes(23 * 60 + 59));
        assertThat(Durations.parseTimeOfDay("24:00")).isNull();
        assertThat(Durations.parseTimeOfDay("12:60")).isNull();
    }
}
