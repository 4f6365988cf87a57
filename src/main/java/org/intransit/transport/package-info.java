/**
 * How a message crosses from one server to the next, behind one interface
 * ({@link org.intransit.transport.TransportClient}, held to one contract): {@code smtp} (Jakarta
 * Mail to the next server's SubEthaSMTP listener), {@code rpc} (Netty, length-framed, a bind with
 * the caller's service account) and {@code x400} (Netty, RFC 1006 TPKT and ISO 8073 class 0, a
 * bind with MTA name and password). The receiving side hands every transfer to a
 * {@link org.intransit.transport.TransferReceiver} before it acknowledges. The RPC and X.400
 * listeners close a peer that breaks the protocol or stays silent for their
 * {@link org.intransit.transport.ConnectionWatch}'s idle timeout, and report each such
 * {@link org.intransit.transport.DroppedConnection} ({@code ConnectionWatchHandler}).
 */
package org.intransit.transport;
