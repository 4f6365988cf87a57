package org.intransit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * One test per class of mistake, each checking the exact one-line message a user sees:
 * {@code FILE:LINE:COLUMN: PATH: DETAIL}. Line 1 of each text block is line 1 of the file.
 */
class ScenarioLoaderErrorTest {

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "test.yaml"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    @Test
    void loaderShouldReportParserPlaceWhenYamlSyntaxIsBroken() {
        assertRejected("""
                name: broken
                duration: 12h
                description: a: b
                """,
                "test.yaml:3:15: description: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void loaderShouldRejectUnknownKeyWhenMisspelled() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    sevrers:
                      - { name: EX55A, kind: exchange55 }
                """,
                "test.yaml:6:5: sites[0].sevrers: unknown key \"sevrers\"; expected one of name, serviceAccount,"
                        + " servers (did you mean \"servers\"?)");
    }

    @Test
    void loaderShouldRejectValueWhenNotOneOfTheChoices() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55 }
                  - name: SITE2
                    servers:
                      - { name: EX55C, kind: exchnage55 }
                """,
                "test.yaml:10:30: sites[1].servers[0].kind: expected one of exchange55, exchange2003, smtp"
                        + " but found \"exchnage55\"");
    }

    @Test
    void loaderShouldRejectListWhenMappingIsExpected() {
        assertRejected("""
                name: t
                duration: 12h
                organization: [contoso.example]
                """,
                "test.yaml:3:15: organization: expected a mapping with keys smtpDomain, otherDomains, x400"
                        + " but found a list");
    }

    @Test
    void loaderShouldRejectTextWhenNumberIsExpected() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                connectors:
                  - { name: C1, kind: smtp, between: [EX55A, EX55C], cost: cheap }
                """,
                "test.yaml:8:60: connectors[0].cost: expected an integer from 1 to 100 but found \"cheap\"");
    }

    @Test
    void loaderShouldRejectDurationWhenUnitIsUnknown() {
        assertRejected("""
                name: t
                duration: 15 mins
                """,
                "test.yaml:2:11: duration: expected a duration such as 500ms, 90s, 15m, 1h30m, 7d or PT15M"
                        + " but found \"15 mins\"");
    }

    @Test
    void loaderShouldRejectZeroDurationWhenIntervalMustBePositive() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                moves:
                  - { mailbox: alice, to: EX55C, at: 2h, copy: 0s }
                """,
                "test.yaml:9:48: moves[0].copy: expected a duration greater than zero but found \"0s\"");
    }

    @Test
    void loaderShouldRejectMailboxWhenItsServerIsUnknown() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55 }
                      - { name: EX03B, kind: exchange2003 }
                mailboxes:
                  - { alias: alice, server: EX55A }
                  - { alias: bob, server: EX55B }
                """,
                "test.yaml:11:27: mailboxes[1].server: unknown server \"EX55B\"; expected one of EX55A, EX03B"
                        + " (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectServerNameWhenUsedInTwoSites() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55 }
                  - name: SITE2
                    servers:
                      - { name: EX55A, kind: exchange2003 }
                """,
                "test.yaml:10:17: sites[1].servers[0].name: duplicate server name EX55A (first at line 7)");
    }

    @Test
    void loaderShouldRejectTrafficWhenItStartsAfterItStops() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                traffic:
                  - name: late
                    from: alice
                    to: alice
                    start: 10h
                    every: 5m
                    until: 9h
                """,
                "test.yaml:14:12: traffic[0].until: impossible schedule: start 10h is not before until 9h;"
                        + " expected start < until");
    }

    @Test
    void loaderShouldRejectMoveWhenTargetIsTheCurrentServer() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                moves:
                  - { mailbox: alice, to: EX55A, at: 2h }
                """,
                "test.yaml:9:27: moves[0].to: mailbox alice is already on EX55A; expected a different server");
    }

    @Test
    void loaderShouldRejectMoveWhenPreviousMoveOfTheMailboxHasNotCommitted() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                moves:
                  - { mailbox: alice, to: EX55C, at: 2h, copy: 30m }
                  - { mailbox: alice, to: EX55A, at: 2h15m }
                """,
                "test.yaml:10:38: moves[1].at: the move of alice at 2h15m overlaps its move at 2h (line 9),"
                        + " which commits at 2h30m; expected 2h30m or later");
    }

    @Test
    void loaderShouldRejectExpectationWhenMarkerIsUnknown() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                moves: [ { mailbox: alice, to: EX55C, at: 2h } ]
                expect:
                  - name: bounces after commit
                    select: { to: alice, submitted: [move.alice.comit, end] }
                    outcome: ndr
                """,
                "test.yaml:11:38: expect[0].select.submitted[0]: unknown marker \"move.alice.comit\"; expected"
                        + " a duration, start, end, move.<alias>.<in-transit|commit|release|cleanup> of a moved"
                        + " mailbox, replica.<AD|site>.<alias>, an event's marker (connector.<name>.added,"
                        + " server.<name>.stopped, ...), or a mark event's name"
                        + " (did you mean \"move.alice.commit\"?)");
    }

    @Test
    void loaderShouldRejectEventWhenItHasTwoActions() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                events:
                  - { at: 1h, mark: outage, stopServer: EX55A }
                """,
                "test.yaml:8:29: events[0].stopServer: expected exactly one action per event but found"
                        + " \"mark\" and \"stopServer\"; split them into events with the same at");
    }

    @Test
    void loaderShouldRejectConnectorKeyWhenItDoesNotApplyToTheKind() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                connectors:
                  - name: SC-1-2
                    kind: site
                    between: [EX55A, EX55C]
                    password: secret
                """,
                "test.yaml:13:5: connectors[0].password: key \"password\" does not apply to a site connector;"
                        + " expected one of name, kind, between, overrideAccount, cost, retry");
    }

    @Test
    void loaderShouldRejectPortWhenOutOfRange() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55, port: 70000 }
                """,
                "test.yaml:7:48: sites[0].servers[0].port: expected an integer from 0 to 65535 but found 70000");
    }

    @Test
    void loaderShouldRejectPortWhenTwoServersFixTheSame() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55, port: 2525 }
                      - { name: EX55B, kind: exchange55, port: 2525 }
                """,
                "test.yaml:8:48: sites[0].servers[1].port: port 2525 is already used by server EX55A (line 7);"
                        + " expected another port, or 0 for any free port");
    }

    @Test
    void loaderShouldRejectMappingWhenRequiredKeyIsMissing() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        port: 2525
                """,
                "test.yaml:7:9: sites[0].servers[0]: missing required key \"kind\"");
    }

    @Test
    void loaderShouldRejectKeyWhenWrittenTwiceInOneMapping() {
        assertRejected("""
                name: t
                duration: 12h
                duration: 6h
                """,
                "test.yaml:3:1: duration: duplicate key \"duration\" (first at line 2); expected each key once");
    }

    @Test
    void loaderShouldRejectFileWhenEmpty() {
        assertRejected("# nothing here yet\n",
                "test.yaml:1:1: (root): the file is empty; expected a mapping with at least name, duration,"
                        + " organization and sites");
    }

    @Test
    void loaderShouldRejectEventWhenAfterTheScenarioEnd() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                events:
                  - { at: 13h, stopServer: EX55A }
                """,
                "test.yaml:8:11: events[0].at: at 13h is after the scenario's end (12h); expected a time from 0s to 12h");
    }

    @Test
    void loaderShouldRejectOutsideSenderWhenNoServerIsAGateway() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                mailboxes: [ { alias: alice, server: EX55A } ]
                traffic:
                  - { name: inbound, from: [alice, someone@fabrikam.example], to: alice }
                """,
                "test.yaml:9:36: traffic[0].from[1]: sender \"someone@fabrikam.example\" has no mailbox in the"
                        + " organization, so its mail enters at a gateway; expected a server with gateway: true");
    }

    @Test
    void loaderShouldRejectConnectorRemovalWhenConnectorDoesNotExistYet() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 6h, removeConnector: SC-TEMP }
                  - { at: 7h, addConnector: { name: SC-TEMP, kind: site, between: [EX55A, EX55C] } }
                """,
                "test.yaml:10:32: events[0].removeConnector: no connector \"SC-TEMP\" exists at 6h (it is added"
                        + " at 7h, line 11); expected a connector that exists then, but there is none");
    }

    // --- servers: routes, hopLimit, retry -------------------------------------------------------

    @Test
    void loaderShouldRejectRoutesWhenServerIsNotSmtp() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55 }
                      - name: EX03B
                        kind: exchange2003
                        routes: [ { domain: "*", server: EX55A } ]
                """,
                "test.yaml:10:9: sites[0].servers[1].routes: routes apply only to smtp servers; expected no routes"
                        + " on exchange2003 server EX03B");
    }

    @Test
    void loaderShouldRejectRouteWhenItsServerIsUnknown() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX03B, kind: exchange2003 }
                      - name: RELAY
                        kind: smtp
                        routes:
                          - { domain: fabrikam.example, server: EX03B }
                          - { domain: "*", server: EX03C }
                """,
                "test.yaml:12:36: sites[0].servers[1].routes[1].server: unknown server \"EX03C\"; expected one of"
                        + " EX03B, RELAY (did you mean \"EX03B\"?)");
    }

    @Test
    void loaderShouldRejectRouteWhenItLeadsBackToItsOwnServer() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: RELAY
                        kind: smtp
                        routes:
                          - { domain: "*", server: RELAY }
                """,
                "test.yaml:10:36: sites[0].servers[0].routes[0].server: the route for * leads back to RELAY itself;"
                        + " expected another server");
    }

    @Test
    void loaderShouldRejectRouteDomainWhenMalformed() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX03B, kind: exchange2003 }
                      - name: RELAY
                        kind: smtp
                        routes: [ { domain: "*.fabrikam.example", server: EX03B } ]
                """,
                "test.yaml:10:29: sites[0].servers[1].routes[0].domain: expected \"*\" for every domain, or a domain"
                        + " name such as contoso.example but found \"*.fabrikam.example\"");
    }

    @Test
    void loaderShouldRejectRouteWhenItsDomainIsRoutedTwice() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX03B, kind: exchange2003 }
                      - { name: EX03C, kind: exchange2003 }
                      - name: RELAY
                        kind: smtp
                        routes:
                          - { domain: fabrikam.example, server: EX03B }
                          - { domain: Fabrikam.Example, server: EX03C }
                """,
                "test.yaml:13:23: sites[0].servers[2].routes[1].domain: duplicate route for Fabrikam.Example"
                        + " (first at line 12); expected each domain once");
    }

    @Test
    void loaderShouldHintAtQuotingWhenRouteDomainIsAPlainStar() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: RELAY
                        kind: smtp
                        routes: [ { domain: *, server: EX03B } ]
                """,
                "test.yaml:9:30: sites[0].servers[0].routes: YAML syntax error: unexpected character found ,(44)"
                        + " (while scanning an alias that starts at line 9); a plain * starts an alias, so quote a"
                        + " literal star: \"*\"");
    }

    @Test
    void loaderShouldRejectHopLimitWhenOutOfRange() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - { name: EX55A, kind: exchange55, hopLimit: 0 }
                """,
                "test.yaml:7:52: sites[0].servers[0].hopLimit: expected an integer from 1 to 1000 but found 0");
    }

    @Test
    void loaderShouldRejectRetryKeyWhenMisspelled() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        kind: exchange55
                        retry: { openIntervall: 5m }
                """,
                "test.yaml:9:18: sites[0].servers[0].retry.openIntervall: unknown key \"openIntervall\"; expected"
                        + " one of openInterval, openCount, transferInterval, transferCount, expiry,"
                        + " ndrWhenOpenRetriesExhausted (did you mean \"openInterval\"?)");
    }

    @Test
    void loaderShouldRejectRetryIntervalWhenZero() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        kind: exchange55
                        retry: { openInterval: 10m, transferInterval: 0 }
                """,
                "test.yaml:9:55: sites[0].servers[0].retry.transferInterval: expected a duration greater than zero"
                        + " but found 0");
    }

    @Test
    void loaderShouldRejectRetryCountWhenNegative() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        kind: exchange55
                        retry:
                          openCount: -1
                """,
                "test.yaml:10:22: sites[0].servers[0].retry.openCount: expected an integer from 0 to 2147483647"
                        + " but found -1");
    }

    @Test
    void loaderShouldRejectRetryExpiryWhenNotPositive() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                connectors:
                  - name: X-1
                    kind: x400
                    between: [EX55A, EX55C]
                    retry:
                      expiry: { urgent: 4h, nonUrgent: -1d }
                """,
                "test.yaml:12:40: connectors[0].retry.expiry.nonUrgent: expected a duration greater than zero"
                        + " but found \"-1d\"");
    }

    @Test
    void loaderShouldRejectRetryExpiryKeyWhenItIsNotAPriority() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        kind: exchange55
                        retry: { expiry: { low: 3d } }
                """,
                "test.yaml:9:28: sites[0].servers[0].retry.expiry.low: unknown key \"low\"; expected one of urgent,"
                        + " normal, nonUrgent");
    }

    @Test
    void loaderShouldRejectRetryNdrSwitchWhenNotABoolean() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers:
                      - name: EX55A
                        kind: exchange55
                        retry: { ndrWhenOpenRetriesExhausted: yes }
                """,
                "test.yaml:9:47: sites[0].servers[0].retry.ndrWhenOpenRetriesExhausted: expected true or false"
                        + " but found \"yes\"");
    }

    // --- connectors: presentedPassword, retry --------------------------------------------------

    @Test
    void loaderShouldRejectPresentedPasswordWhenConnectorIsNotX400() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: RELAY, kind: smtp } ]
                connectors:
                  - name: SMTP-1
                    kind: smtp
                    between: [EX55A, RELAY]
                    presentedPassword: secret
                """,
                "test.yaml:11:5: connectors[0].presentedPassword: key \"presentedPassword\" does not apply to an"
                        + " smtp connector; expected one of name, kind, between, cost, retry");
    }

    @Test
    void loaderShouldRejectConnectorRetryWhenItIsNotAMapping() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                connectors:
                  - { name: SC-1, kind: site, between: [EX55A, EX55C], retry: 10m }
                """,
                "test.yaml:8:63: connectors[0].retry: expected a mapping with keys openInterval, openCount,"
                        + " transferInterval, transferCount, expiry, ndrWhenOpenRetriesExhausted but found \"10m\"");
    }

    // --- events: link shorthands, latency, x400Password -----------------------------------------

    @Test
    void loaderShouldRejectEventWhenItHasNoAction() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                events:
                  - { at: 1h }
                """,
                "test.yaml:8:5: events[0]: missing an action; expected one of addConnector, removeConnector, link,"
                        + " cutLink, restoreLink, blackhole, latency, x400Password, serviceAccount, replicateNow,"
                        + " stopServer, startServer, mark");
    }

    @Test
    void loaderShouldRejectCutLinkWhenBothEndsAreTheSameServer() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                events:
                  - { at: 1h, cutLink: [EX55A, EX55A] }
                """,
                "test.yaml:8:32: events[0].cutLink[1]: both ends are EX55A; expected two different servers");
    }

    @Test
    void loaderShouldRejectRestoreLinkWhenServerIsUnknown() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 1h, restoreLink: [EX55A, EX55B] }
                """,
                "test.yaml:8:36: events[0].restoreLink[1]: unknown server \"EX55B\"; expected one of EX55A, EX55C"
                        + " (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectBlackholeWhenNotAPairOfServers() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 1h, blackhole: EX55A }
                """,
                "test.yaml:8:26: events[0].blackhole: expected a list of two server names such as [EX55A, EX55C]"
                        + " but found \"EX55A\"");
    }

    @Test
    void loaderShouldRejectLatencyWhenDelayIsNegative() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 1h, latency: { between: [EX55A, EX55C], delay: -200ms } }
                """,
                "test.yaml:8:58: events[0].latency.delay: expected a duration of zero or more but found \"-200ms\"");
    }

    @Test
    void loaderShouldRejectLatencyWhenDelayIsMissing() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 1h, latency: { between: [EX55A, EX55C] } }
                """,
                "test.yaml:8:24: events[0].latency: missing required key \"delay\"");
    }

    @Test
    void loaderShouldRejectLatencyWhenServerIsUnknown() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 }, { name: EX55C, kind: exchange55 } ]
                events:
                  - { at: 1h, latency: { between: [EX05A, EX55C], delay: 200ms } }
                """,
                "test.yaml:8:36: events[0].latency.between[0]: unknown server \"EX05A\"; expected one of EX55A, EX55C"
                        + " (did you mean \"EX55A\"?)");
    }

    @Test
    void loaderShouldRejectX400PasswordWhenConnectorIsNotX400() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                connectors:
                  - { name: X400-1-2, kind: x400, between: [EX55A, EX55C], password: secret }
                  - { name: SC-1-2, kind: site, between: [EX55A, EX55C] }
                events:
                  - { at: 1h, x400Password: { connector: SC-1-2, password: secret } }
                """,
                "test.yaml:13:42: events[0].x400Password.connector: connector SC-1-2 is a site connector and has no"
                        + " X.400 password; expected the x400 connector X400-1-2");
    }

    @Test
    void loaderShouldRejectX400PasswordWhenConnectorWasRemovedBefore() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                connectors:
                  - { name: X400-1-2, kind: x400, between: [EX55A, EX55C], password: secret }
                  - { name: SC-1-2, kind: site, between: [EX55A, EX55C] }
                events:
                  - { at: 2h, x400Password: { connector: X400-1-2, password: secert } }
                  - { at: 1h, removeConnector: X400-1-2 }
                """,
                "test.yaml:13:42: events[0].x400Password.connector: no connector \"X400-1-2\" exists at 2h;"
                        + " expected one of SC-1-2");
    }

    @Test
    void loaderShouldRejectX400PasswordWhenPasswordIsMissing() {
        assertRejected("""
                name: t
                duration: 12h
                organization: { smtpDomain: contoso.example }
                sites:
                  - name: SITE1
                    servers: [ { name: EX55A, kind: exchange55 } ]
                  - name: SITE2
                    servers: [ { name: EX55C, kind: exchange55 } ]
                connectors:
                  - { name: X400-1-2, kind: x400, between: [EX55A, EX55C], password: secret }
                events:
                  - at: 1h
                    x400Password:
                      connector: X400-1-2
                      password:
                """,
                "test.yaml:15:16: events[0].x400Password.password: expected a password but found nothing");
    }

    @Test
    void exceptionShouldExposeEachPartOfThePlace() {
        ScenarioException problem = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("""
                        name: t
                        duration: 0
                        """, "zero.yaml"));

        assertThat(problem.source()).isEqualTo("zero.yaml");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(11);
        assertThat(problem.path()).isEqualTo("duration");
        assertThat(problem.detail()).isEqualTo("expected a duration greater than zero but found 0");
        assertThat(problem).isInstanceOf(RuntimeException.class);
    }
}
