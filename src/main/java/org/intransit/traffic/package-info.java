/**
 * Message traffic: plans turned into ticks on the scenario clock, messages written with a
 * trace header ({@code X-Intransit-Trace}) that survives every hop, and the injector that
 * submits them over real SMTP to the sender's home server or, for senders outside the
 * organization, to the gateway.
 */
package org.intransit.traffic;
