package org.intransit.scenario;

/**
 * A mailbox at its home server when the scenario starts.
 *
 * @param displayName shown in directory entries; defaults to the alias
 */
public record MailboxPlan(String alias, String server, String displayName) {}
