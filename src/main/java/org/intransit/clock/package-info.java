/**
 * Scenario time: the only package that reads wall time or sleeps; the rest uses
 * {@link org.intransit.clock.Stopwatch} and {@link org.intransit.clock.WallTicker} for that.
 * Two modes: {@link org.intransit.clock.VirtualClock} jumps to the next task as soon as no work
 * is in flight; {@link org.intransit.clock.ScaledClock} runs at wall time × scale. The activity
 * rule: a receiver schedules its follow-up before it acknowledges, and a sender closes its
 * {@link org.intransit.clock.Activity} only after the acknowledgement.
 */
package org.intransit.clock;
