package org.intransit.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.intransit.fabric.FabricFixture.EXA;
import static org.intransit.fabric.FabricFixture.EXB;
import static org.intransit.fabric.FabricFixture.PROMPTLY;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.intransit.scenario.LinkState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LinkForwardingTest {

    private FabricFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = FabricFixture.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        fixture.close();
    }

    @Test
    void linkShouldForwardBytesBothWaysWhenUp() throws IOException {
        try (TestClient client = TestClient.connect(fixture.route())) {
            assertThat(client.roundTrip("EHLO exa.site1\r\n")).isEqualTo("EHLO exa.site1\r\n");
            assertThat(client.roundTrip("QUIT\r\n")).isEqualTo("QUIT\r\n");
            assertThat(fixture.link().connectionCount()).isEqualTo(1);
        }
        PROMPTLY.untilAsserted(() -> assertThat(fixture.link().connectionCount()).isZero());
    }

    @Test
    void linkShouldForwardOneMegabyteIntactWhenUp() throws IOException {
        byte[] payload = new byte[1 << 20];
        new Random(1006).nextBytes(payload);
        try (TestClient client = TestClient.connect(fixture.route())) {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> client.sendUnchecked(payload));
            byte[] echoed = client.receiveBytes(payload.length);
            sent.join();
            assertThat(Arrays.mismatch(echoed, payload)).as("first differing byte").isEqualTo(-1);
        }
    }

    @Test
    void routeShouldReturnTheSameAddressForTheSameTriple() throws IOException {
        InetSocketAddress first = fixture.route();

        assertThat(fixture.route()).isEqualTo(first);
        assertThat(fixture.fabric.route(EXA, EXB, FabricFixture.deadAddress())).isNotEqualTo(first);
        assertThat(fixture.fabric.route(EXB, EXA, fixture.echo.address())).isNotEqualTo(first);
        assertThat(fixture.fabric.link(EXA, EXB)).isSameAs(fixture.link());
        assertThat(fixture.link().name()).isEqualTo("EXA->EXB");
    }

    @Test
    void linksShouldBeIndependentPerDirection() throws IOException {
        InetSocketAddress aToB = fixture.route();
        InetSocketAddress bToA = fixture.fabric.route(EXB, EXA, fixture.echo.address());

        fixture.link().setState(LinkState.DOWN);

        assertThatThrownBy(() -> TestClient.connect(aToB)).isInstanceOf(ConnectException.class);
        try (TestClient client = TestClient.connect(bToA)) {
            assertThat(client.roundTrip("from B")).isEqualTo("from B");
        }
        assertThat(fixture.fabric.link(EXB, EXA).state()).isEqualTo(LinkState.UP);
    }

    @Test
    void proxyShouldCloseClientWhenTargetIsDown() throws IOException {
        InetSocketAddress address = fixture.fabric.route(EXA, EXB, FabricFixture.deadAddress());

        try (TestClient client = TestClient.connect(address)) {
            assertThat(client.read()).as("end of stream").isEqualTo(-1);
        }
        PROMPTLY.untilAsserted(() -> assertThat(fixture.link().connectionCount()).isZero());
    }

    @Test
    void fabricShouldLeaveNoConnectionsAfterClose() throws IOException {
        InetSocketAddress address = fixture.route();
        Link link = fixture.link();
        try (TestClient first = TestClient.connect(address); TestClient second = TestClient.connect(address)) {
            first.roundTrip("one");
            second.roundTrip("two");
            assertThat(link.connectionCount()).isEqualTo(2);

            fixture.fabric.close();

            assertThat(link.connectionCount()).isZero();
            assertThat(first.read()).isEqualTo(-1);
            assertThat(second.read()).isEqualTo(-1);
            assertThatThrownBy(() -> TestClient.connect(address)).isInstanceOf(ConnectException.class);
            assertThatThrownBy(fixture::route).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> link.setState(LinkState.DOWN)).isInstanceOf(IllegalStateException.class);
        }
    }
}
