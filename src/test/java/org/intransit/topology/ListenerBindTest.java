package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Safety: every listener of a server binds to loopback unless the scenario names another address. */
@Timeout(60)
class ListenerBindTest {

    private static final List<String> TRANSPORTS = List.of("smtp", "rpc", "x400");

    @Test
    void listenersShouldBindToLoopbackOnlyWhenTheScenarioNamesNoAddress() throws Exception {
        try (ListenerFixture fixture = ListenerFixture.start("")) {
            for (String transport : TRANSPORTS) {
                InetSocketAddress address = fixture.server.listenerAddress(transport).orElseThrow();
                assertThat(address.getAddress().isLoopbackAddress()).as(transport).isTrue();
            }
            Optional<InetAddress> outside = nonLoopbackAddress();
            Assumptions.assumeTrue(outside.isPresent(), "this host has no non-loopback IPv4 address to try");
            for (String transport : TRANSPORTS) {
                int port = fixture.server.listenerAddress(transport).orElseThrow().getPort();
                assertThatThrownBy(() -> new Socket(outside.get(), port).close()).as(transport)
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void listenersShouldBindToTheAddressTheScenarioNames() throws Exception {
        try (ListenerFixture fixture = ListenerFixture.start("bind: 127.0.0.2")) {
            for (String transport : TRANSPORTS) {
                assertThat(fixture.server.listenerAddress(transport).orElseThrow().getAddress().getHostAddress())
                        .as(transport).isEqualTo("127.0.0.2");
            }
            fixture.sendNormal("to 127.0.0.2");
            assertThat(fixture.subjects("alice")).containsExactly("to 127.0.0.2");
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }
}
