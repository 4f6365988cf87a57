package org.intransit.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.fabric.FabricFixture.PROMPTLY;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.intransit.scenario.LinkState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LinkFaultTest {

    /** Long enough for an echo on loopback, short enough to keep the suite quick. */
    private static final Duration SILENCE = Duration.ofMillis(300);

    private FabricFixture fixture;
    private Link link;

    @BeforeEach
    void setUp() throws IOException {
        fixture = FabricFixture.start();
        link = fixture.link();
    }

    @AfterEach
    void tearDown() throws IOException {
        fixture.close();
    }

    @Test
    void linkShouldRefuseConnectionsWhenDown() {
        InetSocketAddress address = fixture.route();

        link.setState(LinkState.DOWN);

        assertThatThrownBy(() -> TestClient.connect(address))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("Connection refused");
    }

    @Test
    void linkShouldCloseLiveConnectionsWhenDown() throws IOException {
        try (TestClient client = TestClient.connect(fixture.route())) {
            client.roundTrip("hello");

            link.setState(LinkState.DOWN);

            assertThat(client.read()).as("end of stream").isEqualTo(-1);
        }
        PROMPTLY.untilAsserted(() -> assertThat(link.connectionCount()).isZero());
    }

    @Test
    void linkShouldRebindTheSamePortWhenUpAgain() throws IOException {
        InetSocketAddress address = fixture.route();
        try (TestClient before = TestClient.connect(address)) {
            before.roundTrip("before");
            link.setState(LinkState.DOWN);
        }

        link.setState(LinkState.UP);

        assertThat(fixture.route()).isEqualTo(address);
        try (TestClient after = TestClient.connect(address)) {
            assertThat(after.roundTrip("after")).isEqualTo("after");
        }
    }

    @Test
    void linkShouldHandOutRefusingAddressesWhileDown() throws IOException {
        link.setState(LinkState.DOWN);
        InetSocketAddress address = fixture.route();

        assertThatThrownBy(() -> TestClient.connect(address)).isInstanceOf(ConnectException.class);

        link.setState(LinkState.UP);
        try (TestClient client = TestClient.connect(address)) {
            assertThat(client.roundTrip("late")).isEqualTo("late");
        }
    }

    @Test
    void linkShouldStayDownAndThrowWhenItsPortIsTaken() throws IOException {
        InetSocketAddress address = fixture.route();
        link.setState(LinkState.DOWN);

        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(address);
            assertThatThrownBy(() -> link.setState(LinkState.UP))
                    .isInstanceOf(LinkBindException.class)
                    .hasMessageContaining("EXA->EXB")
                    .hasMessageContaining(String.valueOf(address.getPort()));
            assertThat(link.state()).isEqualTo(LinkState.DOWN);
        }

        link.setState(LinkState.UP);
        try (TestClient client = TestClient.connect(address)) {
            assertThat(client.roundTrip("back")).isEqualTo("back");
        }
    }

    @Test
    void linkShouldSwallowTrafficWhenBlackholedAndResumeWhenUp() throws IOException {
        try (TestClient client = TestClient.connect(fixture.route())) {
            client.roundTrip("one");

            link.setState(LinkState.BLACKHOLE);
            client.timeout(SILENCE);
            client.send("two");

            assertThatThrownBy(() -> client.receive(3)).isInstanceOf(SocketTimeoutException.class);

            link.setState(LinkState.UP);
            client.timeout(TestClient.READ_TIMEOUT);
            assertThat(client.receive(3)).as("the held chunk, delivered late").isEqualTo("two");
            assertThat(client.roundTrip("three")).isEqualTo("three");
        }
    }

    @Test
    void linkShouldAcceptButNotDialTheTargetWhenBlackholed() throws IOException {
        InetSocketAddress address = fixture.route();
        link.setState(LinkState.BLACKHOLE);

        try (TestClient client = TestClient.connect(address)) {
            client.timeout(SILENCE);
            client.send("hello");
            assertThatThrownBy(() -> client.receive(5)).isInstanceOf(SocketTimeoutException.class);
            assertThat(fixture.echo.accepted()).as("connections the target saw").isZero();

            link.setState(LinkState.UP);
            client.timeout(TestClient.READ_TIMEOUT);
            assertThat(client.receive(5)).isEqualTo("hello");
            assertThat(fixture.echo.accepted()).isEqualTo(1);
        }
    }

    @Test
    void linkShouldResetLiveConnectionsOnTheirNextBytes() throws IOException {
        try (TestClient client = TestClient.connect(fixture.route())) {
            client.roundTrip("hello");

            link.setState(LinkState.RESET);
            client.send("x");

            assertThatThrownBy(() -> client.receive(1))
                    .isInstanceOf(SocketException.class)
                    .hasMessageContaining("Connection reset");
        }
        PROMPTLY.untilAsserted(() -> assertThat(link.connectionCount()).isZero());
    }

    @Test
    void linkShouldResetNewConnectionsOnTheirFirstBytesWhileReset() throws IOException {
        InetSocketAddress address = fixture.route();
        link.setState(LinkState.RESET);

        try (TestClient client = TestClient.connect(address)) {
            client.send("x");
            assertThatThrownBy(() -> client.receive(1))
                    .isInstanceOf(SocketException.class)
                    .hasMessageContaining("Connection reset");
        }
    }

    @Test
    void linkShouldPassConnectionsOpenedAfterReset() throws IOException {
        InetSocketAddress address = fixture.route();
        link.setState(LinkState.RESET);
        link.setState(LinkState.UP);

        try (TestClient client = TestClient.connect(address)) {
            assertThat(client.roundTrip("fresh")).isEqualTo("fresh");
        }
    }

    @Test
    void linkShouldNotifyListenersOfEveryStateChange() {
        List<String> seen = new CopyOnWriteArrayList<>();
        LinkListener listener = (changed, from, to) -> seen.add(changed.name() + " " + from + "->" + to);
        link.addListener(listener);

        link.setState(LinkState.BLACKHOLE);
        link.setState(LinkState.BLACKHOLE);
        link.setState(LinkState.DOWN);
        link.setState(LinkState.UP);
        link.removeListener(listener);
        link.setState(LinkState.RESET);

        assertThat(seen).containsExactly(
                "EXA->EXB UP->BLACKHOLE", "EXA->EXB BLACKHOLE->DOWN", "EXA->EXB DOWN->UP");
    }
}
