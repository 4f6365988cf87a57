package org.intransit.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intransit.fabric.FabricFixture.PROMPTLY;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LinkShapingTest {

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

    /**
     * The one timing assertion of the suite, and it checks that a delay exists, not speed: the
     * echo crosses the link twice, 300 ms each way, so it cannot be back within 500 ms.
     */
    @Test
    void linkShouldDelayLiveConnectionsByItsLatency() throws IOException {
        try (TestClient client = TestClient.connect(fixture.route())) {
            client.roundTrip("warm");

            link.setLatency(Duration.ofMillis(300));
            client.send("ping");
            CompletableFuture<String> echoed = CompletableFuture.supplyAsync(() -> client.receiveUnchecked(4));

            PROMPTLY.atLeast(Duration.ofMillis(500)).until(echoed::isDone);
            assertThat(echoed.join()).isEqualTo("ping");
        }
    }

    @Test
    void linkShouldShapeLiveConnectionsToItsBandwidthAndDeliverIntact() throws IOException {
        byte[] payload = new byte[256 * 1024];
        new Random(8073).nextBytes(payload);
        try (TestClient client = TestClient.connect(fixture.route())) {
            client.roundTrip("warm");

            link.setBandwidth(128 * 1024);
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> client.sendUnchecked(payload));
            byte[] echoed = client.receiveBytes(payload.length);
            sent.join();

            assertThat(Arrays.mismatch(echoed, payload)).as("first differing byte").isEqualTo(-1);
        }
        assertThat(link.bandwidth()).isEqualTo(128 * 1024);
        assertThat(link.upstreamShaper().getWriteLimit()).isEqualTo(128 * 1024);
        assertThat(link.downstreamShaper().getWriteLimit()).isEqualTo(128 * 1024);
        assertThat(link.upstreamShaper().trafficCounter().cumulativeWrittenBytes())
                .as("bytes the shaper passed towards the target")
                .isGreaterThanOrEqualTo(payload.length);
        PROMPTLY.untilAsserted(() -> assertThat(link.connectionCount()).isZero());
    }
}
