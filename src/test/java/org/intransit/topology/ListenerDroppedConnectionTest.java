package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.intransit.fault.HostilePeer;
import org.intransit.ledger.LedgerEvent;
import org.intransit.mta.MtaEventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A simulated server's RPC and X.400 listeners: the connections they close on their own land in
 * the server's MTA event log (and so in the run's ledger and {@code summary.json}), and the
 * scenario's {@code limits.connectionTimeout} is their idle timeout too.
 */
@Timeout(60)
class ListenerDroppedConnectionTest {

    private ListenerFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private HostilePeer connect(String transport) throws Exception {
        InetSocketAddress listener = fixture.server.listenerAddress(transport).orElseThrow();
        return HostilePeer.connect(listener);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rpc  | 00000001 ff    | RPC   | unknown PDU type 0xff",
        "x400 | 0400 0007 02f080 | X.400 | TPKT version 0x04, expected 0x03",
    })
    void serverShouldLogOneProtocolErrorEventWhenItsListenerClosesABrokenConnection(String transport, String bytes,
            String name, String reason) throws Exception {
        fixture = ListenerFixture.start("");
        try (HostilePeer peer = connect(transport)) {
            assertThat(peer.sendHex(bytes).readUntilClosed()).isEmpty();

            assertThat(fixture.mtaEvents(MtaEventLog.LISTENER_PROTOCOL_ERROR)).singleElement()
                    .satisfies(e -> assertThat(e.server()).isEqualTo("EX1"))
                    .extracting(LedgerEvent.MtaEventLogged::text).isEqualTo(name + " connection from 127.0.0.1:"
                            + peer.localPort() + " closed on a protocol error: " + reason + ".");
        }
        fixture.sendNormal("after the broken connection");
        assertThat(fixture.subjects("alice")).containsExactly("after the broken connection");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rpc, RPC", "x400, X.400"})
    void serverShouldCloseAndLogAQuietConnectionAfterTheScenariosConnectionTimeout(String transport, String name)
            throws Exception {
        fixture = ListenerFixture.start("limits: { connectionTimeout: 1s }");
        try (HostilePeer peer = connect(transport)) {
            assertThat(peer.readUntilClosed()).isEmpty();

            assertThat(fixture.mtaEvents(MtaEventLog.LISTENER_IDLE_TIMEOUT)).singleElement()
                    .extracting(LedgerEvent.MtaEventLogged::text)
                    .isEqualTo(name + " connection from 127.0.0.1:" + peer.localPort() + " closed after 1s without data.");
        }
        assertThat(fixture.mtaEvents(MtaEventLog.LISTENER_PROTOCOL_ERROR)).isEmpty();
    }
}
