package org.intransit.scenario;

import java.time.Duration;

/** Something the scenario does at a scenario time. */
public record EventPlan(Duration at, ScenarioAction action) {}
