/**
 * The {@code x400} transport: an Exchange X.400 connector over RFC 1006. TPKT frames
 * ({@link org.intransit.transport.x400.TpktDecoder}, {@link org.intransit.transport.x400.TpktEncoder})
 * carry ISO 8073 class-0 TPDUs ({@link org.intransit.transport.x400.CotpCodec}, segmented by
 * {@link org.intransit.transport.x400.CotpSegmenter}); their DT user data carries a simplified
 * MTA layer ({@link org.intransit.transport.x400.MtaPduCodec}) — not real P1/RTSE/ROSE, a readable
 * stand-in: bind with MTA name and password, transfer envelopes, release.
 * {@link org.intransit.transport.x400.X400Server} is a listener, {@link org.intransit.transport.x400.X400Client}
 * the {@code TransportClient}. TPKT and COTP are wire-correct (Wireshark decodes them); the byte
 * layouts are in {@code docs/x400-wire.md}.
 */
package org.intransit.transport.x400;
