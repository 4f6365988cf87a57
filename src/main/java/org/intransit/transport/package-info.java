/**
 * How a message crosses from one server to the next. {@code smtp} is a Jakarta Mail client
 * speaking to the next server's SubEthaSMTP listener; the RPC and X.400 transports (Netty)
 * follow the same shape. Every client socket sets {@code TCP_NODELAY}.
 */
package org.intransit.transport;
