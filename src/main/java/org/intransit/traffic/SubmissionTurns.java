package org.intransit.traffic;

import java.io.InterruptedIOException;

/**
 * Puts concurrent submissions back in submission order where the order shows: each submission
 * takes a ticket when it is submitted, and writes its content and records its completion only on
 * its turn, after the one before has recorded its completion.
 *
 * <p>Why: on the virtual clock, runs must repeat. Submissions at one scenario instant open their
 * SMTP transactions at once (EHLO, MAIL, RCPT and DATA overlap), but what a server does with a
 * message (routing, queueing, scheduling the queue run, the ledger records) happens only once it
 * has the content. So those effects, and the order of the tasks they schedule, are the same as
 * when the messages went one after another.
 *
 * <p>A submission waits for its turn inside its DATA command, so a listener with a
 * {@code connectionTimeout} shorter than the submissions before it take on the wire (wall time;
 * milliseconds unless they are very large) would time it out.
 *
 * <p>Call order per submission: {@link #take()} on the submitting thread, in submission order;
 * then, on the worker, {@link Turn#await()} any number of times and {@link Turn#close()} once,
 * which passes the turn on (waiting for it first if the transaction failed before its content).
 * {@link #close()} releases every waiter, for shutdown.
 */
final class SubmissionTurns implements AutoCloseable {

    /** A turn that never waits: submissions in any order. */
    static final Turn FREE = new Turn() {
        @Override
        public void await() {}

        @Override
        public void close() {}
    };

    private long issued;
    private long current;
    private boolean closed;

    /** The next ticket's turn; take it in the order the submissions are made. */
    synchronized Turn take() {
        long ticket = issued++;
        return new Ticket(ticket);
    }

    private synchronized void awaitTicket(long ticket) throws InterruptedException {
        while (current < ticket && !closed) {
            wait();
        }
    }

    private synchronized void pass(long ticket) {
        if (current == ticket) {
            current++;
            notifyAll();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** One submission's place in the order. */
    interface Turn extends AutoCloseable {

        /** Returns once every earlier submission has recorded its completion. */
        void await() throws InterruptedIOException;

        /** Passes the turn to the next submission; idempotent. */
        @Override
        void close();
    }

    private final class Ticket implements Turn {
        private final long ticket;
        private boolean passed;

        private Ticket(long ticket) {
            this.ticket = ticket;
        }

        @Override
        public void await() throws InterruptedIOException {
            try {
                awaitTicket(ticket);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for submission turn " + ticket);
            }
        }

        @Override
        public void close() {
            if (passed) {
                return;
            }
            passed = true;
            boolean interrupted = false;
            while (true) {
                try {
                    awaitTicket(ticket);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            pass(ticket);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
