package org.intransit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The extension seen from outside: fixture classes run through the engine, then their results, reports and leftovers. */
@Timeout(120)
class IntransitExtensionTest {

    @TempDir
    Path reports;

    private static Set<Thread> intransitThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("intransit-"))
                .collect(Collectors.toSet());
    }

    private static boolean refuses(InetSocketAddress listener) {
        try (Socket socket = new Socket()) {
            socket.connect(listener, 1000);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    @Test
    void wrongAssertionShouldFailNamingTheOffendingMessagesAndTheirOutcomes() {
        FixtureRun run = FixtureRun.of(reports, false, WrongAssertionFixture.class);

        assertThat(run.failures()).singleElement().satisfies(failure -> {
            assertThat(failure).isInstanceOf(AssertionError.class);
            assertThat(failure.getMessage())
                    .startsWith("Expecting messages from alice to bob to be all bounced but 12 of 12 were not: ")
                    .containsPattern("team-chatter-\\d+ \\(delivered at PT\\d+[HM]")
                    .endsWith(", ... and 2 more");
        });
        assertThat(run.reportEntries("intransit.ledger")).singleElement().asString()
                .startsWith("intransit ledger of 10 messages named in the failure:")
                .contains("Submitted from=alice to=bob", "Delivered server=EX55A mailbox=bob");
        Path directory = reports.resolve(WrongAssertionFixture.class.getName()).resolve("WrongAssertionFixture");
        assertThat(directory.resolve("summary.json")).isRegularFile();
        assertThat(run.reportEntries("intransit.report")).containsExactly(directory.toAbsolutePath().toString());
        assertThat(FixtureRecord.LISTENERS).isNotEmpty().allMatch(IntransitExtensionTest::refuses);
    }

    @Test
    void twoScenariosShouldRunSideBySideAndLeaveNoListenerOrThreadBehind() {
        Set<Thread> before = intransitThreads();

        FixtureRun run = FixtureRun.of(reports, true, QuickstartFixture.class, BuiltScenarioFixture.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.containerFailures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(2);
        List<InetSocketAddress> listeners = List.copyOf(FixtureRecord.LISTENERS);
        assertThat(listeners).hasSize(12).doesNotHaveDuplicates();
        assertThat(listeners).allMatch(IntransitExtensionTest::refuses);
        Awaitility.await("intransit threads of both runs end").atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(intransitThreads()).isSubsetOf(before));
    }

    @Test
    void perMethodRunsShouldBeFreshAndReachBeforeEachAndAfterEach() {
        FixtureRun run = FixtureRun.of(reports, false, PerMethodFixture.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(2);
        List<String> seen = List.copyOf(FixtureRecord.HARNESSES);
        assertThat(seen).hasSize(6);
        String first = seen.get(0).substring("before:".length());
        String second = seen.get(3).substring("before:".length());
        assertThat(seen).containsExactly("before:" + first, "test:" + first, "after:" + first,
                "before:" + second, "test:" + second, "after:" + second);
        assertThat(first).isNotEqualTo(second);
        assertThat(reports.resolve(PerMethodFixture.class.getName())).isDirectoryContaining(p -> p.endsWith("first"))
                .isDirectoryContaining(p -> p.endsWith("second"));
    }

    @Test
    void annotatedMethodShouldGetARunOfItsOwnWhenTheClassHasNone() {
        FixtureRun run = FixtureRun.of(reports, false, MethodAnnotationFixture.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(2);
        assertThat(FixtureRecord.HARNESSES).hasSize(2).contains("plain")
                .anySatisfy(h -> assertThat(h).startsWith("annotated:"));
    }
}
