/**
 * Controllable links: every connection between two simulated servers goes through a Netty TCP
 * proxy the harness owns ({@link org.intransit.fabric.Fabric#route}), so a link's state (up, down,
 * blackhole, reset), latency and bandwidth act on real sockets, live connections included.
 * {@link org.intransit.fabric.LinkProxyInitializer} shows the pipeline, one handler per concern.
 */
package org.intransit.fabric;
