package org.intransit.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ConnectorScheduleTest {

    private static Duration m(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Test
    void windowsShouldOpenInFifteenMinuteBlocksAtSelectedTimesAndIntervals() {
        Schedule selected = new Schedule.Selected(List.of(m(60), m(13 * 60)));
        assertThat(ConnectorWindows.nextActive(selected, m(10))).contains(m(60));
        assertThat(ConnectorWindows.nextActive(selected, m(70))).contains(m(70));
        assertThat(ConnectorWindows.nextActive(selected, m(75))).contains(m(13 * 60));
        assertThat(ConnectorWindows.nextActive(selected, m(14 * 60))).contains(Duration.ofDays(1).plus(m(60)));
        assertThat(ConnectorWindows.nextActive(new Schedule.Every(Duration.ofHours(2)), m(130))).contains(m(130));
        assertThat(ConnectorWindows.nextActive(new Schedule.Every(Duration.ofHours(2)), m(140))).contains(m(240));
        assertThat(ConnectorWindows.nextActive(new Schedule.Always(), m(5))).contains(m(5));
        assertThat(ConnectorWindows.nextActive(new Schedule.Never(), m(5))).isEmpty();
    }

    @Test
    void scheduledX400ConnectorShouldHoldMailUntilItsNextWindow() throws Exception {
        HarnessRun run = HarnessRun.of("""
                name: scheduled
                duration: 3h
                organization: { smtpDomain: contoso.example }
                sites:
                  - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
                  - { name: SITE2, servers: [ { name: EX55C, kind: exchange55 } ] }
                connectors:
                  - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret, schedule: ["01:00"] }
                mailboxes:
                  - { alias: bob, server: EX55A }
                  - { alias: carol, server: EX55C }
                traffic:
                  - { name: mail, from: bob, to: carol, every: 20m, until: 2h }
                """);

        assertThat(run.summary().conservation().count(Fate.DELIVERED)).as("sent before 1:15").isEqualTo(4);
        assertThat(run.summary().conservation().count(Fate.QUEUED)).as("sent after the window closed").isEqualTo(2);
        assertThat(run.all(LedgerEvent.Delivered.class)).allSatisfy(d -> assertThat(d.at()).isBetween(m(60), m(75)));
        assertThat(run.all(LedgerEvent.TransferFailed.class)).isEmpty();
    }
}
