package org.intransit.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where a run streams its {@code events.jsonl} while it goes: the run directory, chosen as the
 * harness is set up (before the first ledger record) from the run's start time, which names it
 * ({@code reports/<scenario>/<yyyyMMdd-HHmmss>}).
 */
@FunctionalInterface
public interface StreamTarget {

    /** Creates (or picks) the run directory; called once, before the run starts. */
    Path directoryFor(Instant startedAt) throws IOException;
}
