package org.intransit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.intransit.scenario.Schedule;
import org.junit.jupiter.api.Test;

/** Run times: multiples of the interval from the start, selected times of each day, never. */
class AgentScheduleTest {

    private static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Test
    void alwaysShouldMeanTheAgentsOwnCycleStartingOneIntervalIn() {
        AgentSchedule adc = new AgentSchedule(new Schedule.Always(), AgentSchedule.ADC_ALWAYS);
        AgentSchedule drc = new AgentSchedule(new Schedule.Always(), AgentSchedule.DRC_ALWAYS);

        assertThat(adc.nextAfter(Duration.ZERO)).contains(min(5));
        assertThat(adc.nextAfter(min(5))).contains(min(10));
        assertThat(adc.nextAfter(min(7))).contains(min(10));
        assertThat(drc.nextAfter(Duration.ZERO)).contains(min(15));
    }

    @Test
    void intervalShouldFallOnMultiplesOfItselfFromTheStart() {
        AgentSchedule hourly = new AgentSchedule(new Schedule.Every(Duration.ofHours(2)), AgentSchedule.ADC_ALWAYS);

        assertThat(hourly.nextAfter(min(127))).contains(Duration.ofHours(4));
    }

    @Test
    void selectedTimesShouldRepeatEveryDayAndSkipMidnightOfTheFirstDay() {
        AgentSchedule selected = new AgentSchedule(new Schedule.Selected(List.of(Duration.ZERO, Duration.ofHours(13))),
                AgentSchedule.ADC_ALWAYS);

        assertThat(selected.nextAfter(Duration.ZERO)).contains(Duration.ofHours(13));
        assertThat(selected.nextAfter(Duration.ofHours(13))).contains(Duration.ofHours(24));
        assertThat(selected.nextAfter(Duration.ofHours(30))).contains(Duration.ofHours(37));
    }

    @Test
    void neverShouldHaveNoRuns() {
        assertThat(new AgentSchedule(new Schedule.Never(), AgentSchedule.ADC_ALWAYS).nextAfter(Duration.ZERO)).isEmpty();
    }
}
