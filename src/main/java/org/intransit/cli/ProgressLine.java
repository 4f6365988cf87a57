package org.intransit.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.intransit.clock.WallTicker;
import org.intransit.harness.Harness;
import org.intransit.ledger.LiveCounts;

/**
 * The progress of a run on stderr: scenario time against duration, and live message counts.
 * On a terminal one line rewritten twice a second; otherwise a plain line every five seconds
 * (the launcher tells which through {@code INTRANSIT_TTY}, as Java cannot see whether stderr
 * alone is a terminal).
 */
final class ProgressLine implements AutoCloseable {

    private final Harness harness;
    private final Duration duration;
    private final PrintStream err;
    private final boolean terminal;
    private final AutoCloseable ticker;
    private boolean closed;

    ProgressLine(Harness harness, Duration duration, PrintStream err) {
        this.harness = harness;
        this.duration = duration;
        this.err = err;
        String tty = System.getenv("INTRANSIT_TTY");
        this.terminal = tty != null ? tty.equals("1") : System.console() != null;
        this.ticker = WallTicker.every(Duration.ofMillis(terminal ? 500 : 5000), this::print);
    }

    private void print() {
        String text = line();
        if (terminal) {
            err.print("\r" + text + "\u001b[K");
        } else {
            err.println(text);
        }
        err.flush();
    }

    private String line() {
        LiveCounts c = harness.counts();
        return String.format("[%s / %s] injected %d  delivered %d  ndr %d  queued %d",
                clock(harness.clock().now()), clock(duration), c.injected(), c.delivered(), c.ndr(), c.queued());
    }

    static String clock(Duration d) {
        if (d.toDays() > 36500) {
            return "--:--:--";
        }
        return String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        ticker.close();
        if (terminal) {
            err.print("\r" + line() + "\u001b[K\n");
        } else {
            err.println(line());
        }
        err.flush();
    }
}
