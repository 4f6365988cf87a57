package org.intransit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.scenario.Scenario;
import org.intransit.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} in a real browser (Debian's headless Chromium): every chart renders with a
 * non-zero size and the page logs nothing to the console. A probe script, added to a copy of the
 * page only, writes the charts' rendered sizes into the DOM that Chromium dumps.
 */
@Timeout(120)
class ReportInBrowserTest {

    private static final String PROBE = """
            <script>
            window.addEventListener('load', () => {
              const sizes = [...document.querySelectorAll('svg')].map(s => {
                const r = s.getBoundingClientRect();
                return Math.round(r.width) + 'x' + Math.round(r.height);
              });
              document.body.setAttribute('data-svg-sizes', sizes.join(' '));
            });
            </script>
            """;

    @TempDir
    Path dir;

    @Test
    void reportShouldRenderEveryChartWithoutConsoleErrorsInHeadlessChromium() throws Exception {
        assumeTrue(chromiumInstalled(), "chromium is not installed: apt-get install chromium");
        Scenario scenario = ScenarioLoader.load(Path.of("harness-config/kb841659-ndr-window.yaml"));
        try (Harness harness = Harness.start(scenario, RunOptions.defaults())) {
            harness.runToEnd();
            ReportWriter.write(harness.header(), harness.finish(), scenario, harness.ledger().snapshot(), null, dir);
        }
        String page = Files.readString(dir.resolve("report.html"));
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, page.replace("</body>", PROBE + "</body>"));

        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                "--window-size=1280,4000", "--dump-dom", probed.toUri().toString())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Matcher sizes = Pattern.compile("data-svg-sizes=\"([^\"]*)\"").matcher(dom);
        assertThat(sizes.find()).as("the probe ran; chromium said: %s", Files.readString(dir.resolve("chromium.err"))).isTrue();
        List<String> rendered = Arrays.asList(sizes.group(1).split(" "));
        assertThat(rendered).hasSize(count(page, "<svg")).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(size -> assertThat(size).matches("[1-9][0-9]*x[1-9][0-9]*"));
        assertThat(Files.readAllLines(dir.resolve("chromium.err"))).noneMatch(line -> line.contains(":CONSOLE"));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static boolean chromiumInstalled() {
        try {
            return new ProcessBuilder("chromium", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
