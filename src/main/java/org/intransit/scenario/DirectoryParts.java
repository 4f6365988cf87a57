package org.intransit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The builder's {@code directory}: connection agreements and replication connectors, in call order. */
final class DirectoryParts {

    private final BuilderPlaces places;
    private final List<AgreementPlan> agreements = new ArrayList<>();
    private final List<ReplicationPlan> replication = new ArrayList<>();

    DirectoryParts(BuilderPlaces places) {
        this.places = places;
    }

    void agreement(String site, Consumer<AgentBuilder> settings) {
        String path = "directory.agreements[" + agreements.size() + "]";
        String siteName = places.name(site, path + ".site");
        AgentBuilder agent = new AgentBuilder(places, path, true, "ADC-" + siteName);
        settings.accept(agent);
        agreements.add(agent.agreement(siteName));
    }

    void replication(String siteA, String siteB, Consumer<AgentBuilder> settings) {
        String path = "directory.replication[" + replication.size() + "]";
        List<String> pair = places.run(() -> TopologyReader.distinctPair(
                List.of(places.field(siteA, path + ".between[0]"), places.field(siteB, path + ".between[1]")), "site"));
        AgentBuilder agent = new AgentBuilder(places, path, false, "DRC-" + pair.get(0) + "-" + pair.get(1));
        settings.accept(agent);
        replication.add(agent.replication(pair.get(0), pair.get(1)));
    }

    DirectoryPlan build() {
        return new DirectoryPlan(agreements, replication);
    }
}
