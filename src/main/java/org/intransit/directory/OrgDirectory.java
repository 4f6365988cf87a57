package org.intransit.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.intransit.clock.ScenarioClock;
import org.intransit.ledger.Ledger;
import org.intransit.scenario.MailboxPlan;
import org.intransit.scenario.Organization;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ServerKind;
import org.intransit.scenario.SitePlan;

/**
 * The organization's directories: Active Directory, one 5.5 directory per site, and the
 * replication agents between them (ADC connection agreements, directory replication
 * connectors), all built from the scenario.
 *
 * <p>Every replica starts with every mailbox, live, owned by its home site, as if fully
 * replicated before the run (nothing is recorded for that). Versions are organization-wide:
 * every originating change takes the next value of one counter, and replicas apply only newer
 * versions, so changes stop after reaching every replica once.
 *
 * <p>Call order: construct, hand to the topology as its {@link Directories}, add listeners,
 * then {@link #scheduleAgents} once before the clock runs. {@link #commitMove} and
 * {@link #replicateNow} are called from clock tasks. A run due at the same scenario time as a
 * commit sees it only if the commit's task was scheduled first (the clock's order).
 */
public final class OrgDirectory implements Directories {

    private final Scenario scenario;
    private final Organization organization;
    private final ReplicaLog log;
    private final AtomicLong versions = new AtomicLong();
    private final Replica ad = new Replica(Replica.AD, null);
    private final Map<String, Replica> sites = new LinkedHashMap<>();
    private final Map<String, ReplicationAgent> agents = new LinkedHashMap<>();
    private boolean scheduled;

    public OrgDirectory(Scenario scenario, Ledger ledger) {
        this.scenario = scenario;
        this.organization = scenario.organization();
        this.log = new ReplicaLog(ledger);
        for (SitePlan site : scenario.sites()) {
            sites.put(site.name(), new Replica(site.name(), site.name()));
        }
        for (MailboxPlan mailbox : scenario.mailboxes()) {
            DirectoryEntry entry = DirectoryEntry.mailbox(mailbox.alias(), mailbox.displayName(), mailbox.server(),
                    siteOf(mailbox.server()), organization, versions.incrementAndGet());
            replicas().forEach(replica -> replica.apply(entry));
        }
        scenario.directory().agreements().forEach(plan -> agents.put(plan.name(),
                ReplicationAgent.agreement(plan, ad, site(plan.site()), this::homeSiteOf, log)));
        scenario.directory().replication().forEach(plan -> agents.put(plan.name(),
                ReplicationAgent.connector(plan, site(plan.siteA()), site(plan.siteB()), log)));
    }

    /** Exchange 5.5 resolves through its site's directory; Exchange 2003 and SMTP relays through AD. */
    @Override
    public Replica forServer(String server, String site, ServerKind kind) {
        return kind == ServerKind.EXCHANGE55 ? site(site) : ad;
    }

    public Replica ad() {
        return ad;
    }

    /** The named site's 5.5 directory. */
    public Replica site(String name) {
        Replica replica = sites.get(name);
        if (replica == null) {
            throw new IllegalArgumentException("no site " + name);
        }
        return replica;
    }

    /** AD first, then each site's directory in file order. */
    public List<Replica> replicas() {
        return Stream.concat(Stream.of(ad), sites.values().stream()).toList();
    }

    /** Tells {@code listener} about every change replication brings from now on. */
    public void addListener(ReplicaListener listener) {
        log.addListener(listener);
    }

    /** Puts every agent's first scheduled run on {@code clock}; agents on {@code never} get none. */
    public synchronized void scheduleAgents(ScenarioClock clock) {
        if (scheduled) {
            throw new IllegalStateException("replication agents are already scheduled");
        }
        scheduled = true;
        agents.values().forEach(agent -> agent.scheduleOn(clock, clock.now()));
    }

    /**
     * Runs the named agreement or connector now, outside its schedule (which it keeps).
     *
     * @throws IllegalArgumentException when no agent has that name
     */
    public void replicateNow(String agentName) {
        ReplicationAgent agent = agents.get(agentName);
        if (agent == null) {
            throw new IllegalArgumentException("no replication agent " + agentName + "; known: " + agents.keySet());
        }
        agent.run();
    }

    /**
     * Writes a committed move, as the move tool does. Across sites: the source site's directory
     * gets a stub (homed on {@code toServer}, owned by the source site, not replicated) and AD
     * the new home with a legacy DN and O/R address for the target site, the old DN kept as an
     * X500 proxy; AD's version is the newer. Within a site: the site's directory and AD both get
     * the live entry at the new home. Recorded with agent {@code move}; no markers, no listeners.
     */
    public synchronized void commitMove(String alias, String fromServer, String toServer) {
        String sourceSite = siteOf(fromServer);
        String targetSite = siteOf(toServer);
        Replica source = site(sourceSite);
        DirectoryEntry current = ad.entry(alias)
                .orElseThrow(() -> new IllegalArgumentException("no mailbox " + alias + " in AD"));
        if (sourceSite.equals(targetSite)) {
            DirectoryEntry moved = current.rehomed(toServer, targetSite, organization, versions.incrementAndGet());
            originate(source, moved);
            originate(ad, moved);
            return;
        }
        DirectoryEntry old = source.entry(alias).orElse(current);
        originate(source, old.asStub(toServer, versions.incrementAndGet()));
        originate(ad, current.rehomed(toServer, targetSite, organization, versions.incrementAndGet()));
    }

    private void originate(Replica replica, DirectoryEntry entry) {
        replica.apply(entry).ifPresent(change -> log.originated(replica, change));
    }

    private String siteOf(String server) {
        return scenario.siteOf(server).name();
    }

    /** The site of an entry's home server; {@code null} for none (a custom recipient may have none). */
    private String homeSiteOf(String server) {
        return scenario.sites().stream()
                .filter(site -> site.servers().stream().anyMatch(s -> s.name().equals(server)))
                .map(SitePlan::name)
                .findFirst()
                .orElse(null);
    }
}
