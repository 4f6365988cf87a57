package org.intransit.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.intransit.check.MessageRecord;
import org.intransit.check.Origin;
import org.intransit.ledger.LedgerEvent;
import org.intransit.scenario.SitePlan;
import org.intransit.scenario.Scenario;

/**
 * What every section of the HTML report reads: the run's inputs, and what is derived from them
 * once (the submitted messages, the move windows, the timeline markers, the charted span) so
 * that the sections cannot disagree about it.
 *
 * @param submitted the messages a client submitted (injected or external); NDRs the servers
 *     generated are messages too, but counting them as traffic would count each bounce twice
 * @param end the end of every time axis: how far scenario time got
 */
record HtmlModel(RunSummary summary, List<LedgerEvent> ledger, Scenario scenario, List<MessageRecord> submitted,
        List<HtmlMoveWindow> moves, List<HtmlTimelineMark> marks, Duration end) {

    static final String INTERNET = "internet";

    static HtmlModel of(RunSummary summary, List<LedgerEvent> ledger, Scenario scenario) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(scenario, "scenario");
        List<LedgerEvent> history = ledger == null ? List.of() : List.copyOf(ledger);
        List<MessageRecord> submitted = summary.conservation().messages().stream()
                .filter(m -> m.origin() != Origin.NDR).toList();
        Duration end = summary.scenarioReached().isZero() ? Duration.ofMinutes(1) : summary.scenarioReached();
        return new HtmlModel(summary, history, scenario, submitted, HtmlMoveWindow.of(history, scenario),
                HtmlTimelineMark.of(history), end);
    }

    /**
     * The site of a sender's home server when the scenario started, or {@code internet}: the same
     * placing as the NDR windows use, so that the matrix and the windows line up.
     */
    String senderSite(String from) {
        if (from == null) {
            return INTERNET;
        }
        String alias = from.contains("@") ? from.substring(0, from.lastIndexOf('@')) : from;
        return scenario.mailbox(alias).map(m -> scenario.siteOf(m.server()).name()).orElse(INTERNET);
    }

    /** The scenario's sites in file order, then {@code internet}. */
    List<String> sites() {
        List<String> sites = new ArrayList<>(scenario.sites().stream().map(SitePlan::name).toList());
        sites.add(INTERNET);
        return sites;
    }

    /** Whether the message was addressed to the mailbox, by alias or by address. */
    static boolean addressedTo(MessageRecord m, String mailbox) {
        String to = m.to() == null ? "" : m.to().toLowerCase(java.util.Locale.ROOT);
        String alias = mailbox.toLowerCase(java.util.Locale.ROOT);
        return to.equals(alias) || to.startsWith(alias + "@");
    }

    /** A time axis over the whole run, for a chart with the given margins. */
    SvgTimeAxis axis(double left, double width) {
        return new SvgTimeAxis(Duration.ZERO, end, left, width);
    }
}
