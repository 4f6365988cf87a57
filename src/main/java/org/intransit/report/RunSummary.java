package org.intransit.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.intransit.check.ConservationResult;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.NdrWindow;
import org.intransit.check.Recovery;
import org.intransit.mta.MailQueue;

/**
 * Everything a finished (or interrupted) run reports, before it is written out.
 *
 * @param scenarioReached how far scenario time got (less than the duration when interrupted)
 * @param timeline the first scenario time of each named marker, in time order
 * @param queues per server, the final view of each of its queues
 * @param queueMaxDepths per server and queue, the largest depth seen
 * @param mtaEvents MTA event counts by event id
 * @param ndrWindows per moved mailbox and sender site, how long mail bounced
 * @param recoveries queue drains after the event that unblocked them, link faults to recovery
 */
public record RunSummary(
        String scenario,
        long seed,
        String clockMode,
        double scale,
        Duration scenarioDuration,
        Duration scenarioReached,
        double wallSeconds,
        boolean interrupted,
        ConservationResult conservation,
        List<ExpectationVerdict> expectations,
        Map<String, Duration> timeline,
        Map<String, List<MailQueue.QueueView>> queues,
        Map<Integer, Long> mtaEvents,
        List<NdrWindow> ndrWindows,
        List<Recovery> recoveries) {

    /** Exit status 0 only when conservation and every expectation held. */
    public boolean passed() {
        return conservation.passed() && expectations.stream().allMatch(ExpectationVerdict::passed);
    }
}
