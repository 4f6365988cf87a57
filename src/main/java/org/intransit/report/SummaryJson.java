package org.intransit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.intransit.check.ConservationResult;
import org.intransit.check.ExpectationVerdict;
import org.intransit.check.Fate;
import org.intransit.check.NdrWindow;
import org.intransit.check.Origin;
import org.intransit.check.Recovery;
import org.intransit.mta.MailQueue;

/**
 * Builds {@code summary.json} as DESIGN.md's "Contracts" fixes it: {@code scenario, seed,
 * clock, messages, timeline, queues, expectations, latency, events}, plus {@code verdict}.
 * Scenario times are ISO-8601 durations; latencies are scenario milliseconds.
 */
final class SummaryJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    static ObjectNode of(RunSummary run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", run.scenario());
        root.put("seed", run.seed());
        ObjectNode clock = root.putObject("clock");
        clock.put("mode", run.clockMode());
        clock.put("scale", run.scale());
        clock.put("scenarioDuration", run.scenarioDuration().toString());
        clock.put("scenarioReached", run.scenarioReached().toString());
        clock.put("wallSeconds", Math.round(run.wallSeconds() * 1000) / 1000.0);
        ObjectNode verdict = root.putObject("verdict");
        verdict.put("passed", run.passed());
        verdict.put("interrupted", run.interrupted());
        verdict.put("conservation", run.conservation().describe());
        root.set("messages", messages(run.conservation()));
        ObjectNode timeline = root.putObject("timeline");
        run.timeline().forEach((name, at) -> timeline.put(name, at.toString()));
        ObjectNode queues = root.putObject("queues");
        run.queues().forEach((server, views) -> {
            ObjectNode perServer = queues.putObject(server);
            for (MailQueue.QueueView view : views) {
                ObjectNode q = perServer.putObject(view.name());
                q.put("nextHop", view.nextHop());
                q.put("maxDepth", view.maxDepth());
                q.put("finalDepth", view.depth());
                q.put("oldestAge", view.oldestAge().toString());
            }
        });
        ArrayNode expectations = root.putArray("expectations");
        for (ExpectationVerdict v : run.expectations()) {
            ObjectNode e = expectations.addObject();
            e.put("name", v.name());
            e.put("passed", v.passed());
            e.put("detail", v.detail());
            v.offenders().forEach(e.putArray("offenders")::add);
        }
        LatencySummary latency = LatencySummary.of(run.conservation().messages());
        ObjectNode l = root.putObject("latency");
        l.put("unit", "ms");
        l.put("count", latency.count());
        l.put("p50", latency.p50());
        l.put("p90", latency.p90());
        l.put("p99", latency.p99());
        l.put("p999", latency.p999());
        l.put("max", latency.max());
        ArrayNode windows = root.putArray("ndrWindows");
        for (NdrWindow w : run.ndrWindows()) {
            ObjectNode window = windows.addObject();
            window.put("mailbox", w.mailbox());
            window.put("senderSite", w.senderSite());
            window.put("firstBounced", w.firstBounced().toString());
            window.put("lastBounced", w.lastBounced().toString());
            window.put("bounced", w.bounced());
            window.put("length", w.length().toString());
        }
        ArrayNode recoveries = root.putArray("recoveries");
        for (Recovery r : run.recoveries()) {
            ObjectNode recovery = recoveries.addObject();
            recovery.put("kind", r.kind());
            recovery.put("subject", r.subject());
            recovery.put("cause", r.cause());
            recovery.put("at", r.at().toString());
            recovery.put("recoveredAt", r.recoveredAt() == null ? null : r.recoveredAt().toString());
            recovery.put("length", r.length() == null ? null : r.length().toString());
        }
        ObjectNode events = root.putObject("events");
        run.mtaEvents().forEach((id, count) -> events.put(String.valueOf(id), count));
        return root;
    }

    private static ObjectNode messages(ConservationResult conservation) {
        ObjectNode m = JSON.createObjectNode();
        m.put("total", conservation.messages().size());
        m.put("injected", conservation.injected());
        m.put("attempted", conservation.injected());
        m.put("accepted", conservation.messages().stream().filter(r -> r.origin() == Origin.INJECTED
                && r.fate() != Fate.REJECTED && r.fate() != Fate.INDETERMINATE).count());
        m.put("external", conservation.external());
        m.put("ndrMessages", conservation.ndrMessages());
        for (Fate fate : List.of(Fate.values())) {
            m.put(fate.label(), conservation.count(fate));
        }
        return m;
    }
}
