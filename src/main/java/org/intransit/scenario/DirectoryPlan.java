package org.intransit.scenario;

import java.util.List;

/** The replication agents between directory replicas. */
public record DirectoryPlan(List<AgreementPlan> agreements, List<ReplicationPlan> replication) {

    public DirectoryPlan {
        agreements = List.copyOf(agreements);
        replication = List.copyOf(replication);
    }

    public static DirectoryPlan none() {
        return new DirectoryPlan(List.of(), List.of());
    }
}
