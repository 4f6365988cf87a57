/**
 * The {@code rpc} transport: Exchange's MTA-to-MTA RPC between servers of one site, simulated
 * over TCP. A call binds with the caller's service account (refused with error 5 when the callee
 * does not trust it), hands over the transfers of one queue run and unbinds. {@link org.intransit.transport.rpc.RpcServer}
 * is a server's listener and {@link org.intransit.transport.rpc.RpcClient} the sending side; the
 * PDUs travel as length-framed binary records (see {@code RpcPduCodec}).
 */
package org.intransit.transport.rpc;
