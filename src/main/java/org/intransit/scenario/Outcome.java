package org.intransit.scenario;

/** The outcome an expectation asks for. */
public enum Outcome {
    DELIVERED,
    NDR,
    QUEUED,
    REJECTED
}
