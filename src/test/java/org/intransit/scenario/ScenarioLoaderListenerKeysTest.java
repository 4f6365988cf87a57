package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A server's listener keys: {@code limits}, {@code tls}, {@code auth}; their defaults and their errors. */
class ScenarioLoaderListenerKeysTest {

    /** Line 6 of the file is the server's mapping; {@code %s} are its extra keys. */
    private static String scenario(String serverKeys) {
        return """
                name: t
                duration: 1h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: HQ
                    servers:
                      - { name: EX1, kind: exchange2003%s }
                """.formatted(serverKeys.isEmpty() ? "" : ", " + serverKeys);
    }

    private static ServerPlan ex1(String serverKeys) {
        return ScenarioLoader.parse(scenario(serverKeys), "test.yaml").server("EX1").orElseThrow();
    }

    @Test
    void loaderShouldGiveTheDefaultLimitsNoTlsAndNoAuthWhenTheKeysAreAbsent() {
        ServerPlan plan = ex1("");
        assertThat(plan.limits()).isEqualTo(new ServerPlan.Limits(25 * 1024 * 1024, Duration.ofSeconds(60), 1000, 1000));
        assertThat(plan.tls()).isFalse();
        assertThat(plan.auth()).isNull();
    }

    @Test
    void loaderShouldReadEveryListenerKey() {
        ServerPlan plan = ex1("limits: { maxMessageSize: 10MiB, connectionTimeout: 90s, maxConnections: 100, "
                + "maxRecipients: 50 }, tls: true, auth: { user: submitter, password: \"1234\" }");
        assertThat(plan.limits()).isEqualTo(new ServerPlan.Limits(10 * 1024 * 1024, Duration.ofSeconds(90), 100, 50));
        assertThat(plan.tls()).isTrue();
        assertThat(plan.auth()).isEqualTo(new ServerPlan.Auth("submitter", "1234"));
    }

    @Test
    void loaderShouldTakeTheDefaultForEachLimitLeftOut() {
        assertThat(ex1("limits: { connectionTimeout: 500ms }").limits())
                .isEqualTo(new ServerPlan.Limits(25 * 1024 * 1024, Duration.ofMillis(500), 1000, 1000));
        assertThat(ex1("limits: {}").limits()).isEqualTo(ServerPlan.Limits.DEFAULTS);
    }

    @Test
    void planShouldHideTheAuthPasswordWhenPrinted() {
        assertThat(ex1("auth: { user: submitter, password: hunter2 }").toString())
                .contains("Auth[user=submitter, password=***]").doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown limit        | limits: { maxMesageSize: 1MiB }     | test.yaml:7:52: sites[0].servers[0].limits.maxMesageSize: unknown key \"maxMesageSize\"; expected one of maxMessageSize, connectionTimeout, maxConnections, maxRecipients (did you mean \"maxMessageSize\"?)",
        "size not a size      | limits: { maxMessageSize: lots }    | test.yaml:7:68: sites[0].servers[0].limits.maxMessageSize: expected a size such as 512, 2KB, 8KiB or 1MiB but found \"lots\"",
        "size too large       | limits: { maxMessageSize: 3GiB }    | test.yaml:7:68: sites[0].servers[0].limits.maxMessageSize: expected a size of at most 2047MiB but found \"3GiB\"",
        "zero timeout         | limits: { connectionTimeout: 0s }   | test.yaml:7:71: sites[0].servers[0].limits.connectionTimeout: expected a duration greater than zero but found \"0s\"",
        "timeout too long     | limits: { connectionTimeout: 2d }   | test.yaml:7:71: sites[0].servers[0].limits.connectionTimeout: expected a duration from 1ms to 1d but found \"2d\"",
        "no connections       | limits: { maxConnections: 0 }       | test.yaml:7:68: sites[0].servers[0].limits.maxConnections: expected an integer from 1 to 100000 but found 0",
        "recipients not a number | limits: { maxRecipients: many }  | test.yaml:7:67: sites[0].servers[0].limits.maxRecipients: expected an integer from 1 to 100000 but found \"many\"",
        "limits not a mapping | limits: 10MiB                       | test.yaml:7:50: sites[0].servers[0].limits: expected a mapping with keys maxMessageSize, connectionTimeout, maxConnections, maxRecipients but found \"10MiB\"",
        "tls not a boolean    | tls: yes please                     | test.yaml:7:47: sites[0].servers[0].tls: expected true or false but found \"yes please\"",
        "auth without password | auth: { user: submitter }          | test.yaml:7:48: sites[0].servers[0].auth: missing required key \"password\"",
        "auth blank password  | auth: { user: submitter, password: \"\" } | test.yaml:7:77: sites[0].servers[0].auth.password: expected a password but found \"\"",
        "auth unknown key     | auth: { user: submitter, pass: x }  | test.yaml:7:67: sites[0].servers[0].auth.pass: unknown key \"pass\"; expected one of user, password",
    })
    void loaderShouldRejectABadListenerKeyWithItsPlace(String what, String keys, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse(scenario(keys.strip()), "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message.strip());
    }
}
