package org.intransit.fault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import org.intransit.check.Fate;
import org.intransit.check.MessageRecord;
import org.intransit.harness.Harness;
import org.intransit.harness.RunOptions;
import org.intransit.report.RunSummary;
import org.intransit.scenario.ScenarioLoader;
import org.intransit.topology.SimulatedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller that knows a server's service account but speaks RPC badly: it binds, then sends a
 * transfer no harness server would send. The listener must refuse it before the MTA sees it, so
 * the run's ledger still accounts for every message in every mailbox and the harness's own mail
 * is unaffected.
 */
@Timeout(60)
class RogueRpcCallerTest {

    private static final String SCENARIO = """
            name: rogue-rpc
            duration: 1h
            organization: { smtpDomain: contoso.example }
            sites:
              - { name: SITE1, servers: [ { name: EX55A, kind: exchange55 } ] }
              - name: SITE2
                serviceAccount: CONTOSO\\svc-site2
                servers: [ { name: EX55C, kind: exchange55 } ]
            connectors:
              - { name: X400-1, kind: x400, between: [EX55A, EX55C], password: s3cret }
            mailboxes:
              - { alias: bob, server: EX55A }
              - { alias: carol, server: EX55C }
            traffic:
              - { name: mail, from: bob, to: carol, every: 10m, until: 50m }
            """;

    private static final int TRANSFER_NAK = 0x06;

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NULL", value = {
        "no trace id to a mailbox,             NULL,    bob@contoso.example, carol@contoso.example",
        "no originator to an unknown mailbox,  rogue-2, NULL,                ghost@contoso.example",
        "no originator to a mailbox,           rogue-3, NULL,                carol@contoso.example",
        "no recipient,                         rogue-4, bob@contoso.example, NULL",
    })
    void listenerShouldRefuseTheTransferAndTheLedgerStayWholeWhenARogueCallerSendsAnUnaccountableTransfer(
            String problem, String trace, String originator, String recipient) throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "rogue.yaml"), RunOptions.defaults())) {
            SimulatedServer ex55c = harness.topology().server("EX55C").orElseThrow();
            InetSocketAddress rpc = ex55c.listenerAddress("rpc").orElseThrow();

            int answer;
            try (HostilePeer rogue = HostilePeer.connect(rpc)) {
                rogue.send(frame(bind("EX55A", "CONTOSO\\svc-site2")));
                assertThat(rogue.read(5)).as("BindAck").containsExactly(0, 0, 0, 1, 2);
                rogue.send(frame(transfer(trace, originator, recipient == null ? List.of() : List.of(recipient))));
                int length = ByteBuffer.wrap(rogue.read(4)).getInt();
                answer = rogue.read(length)[0];
            }
            harness.runToEnd();
            RunSummary summary = harness.finish();

            assertThat(answer).as("%s: the rogue transfer is refused (TransferNak)", problem).isEqualTo(TRANSFER_NAK);
            assertThat(summary.conservation().passed()).as(summary.conservation().describe()).isTrue();
            assertThat(summary.conservation().count(Fate.DELIVERED)).as("the harness's own mail").isEqualTo(5);
            List<String> accounted = summary.conservation().messages().stream().map(MessageRecord::trace).toList();
            assertThat(ex55c.store().messages("carol")).as("every message in carol's mailbox is in the ledger")
                    .allSatisfy(m -> assertThat(accounted).contains(m.trace()));
        }
    }

    @Test
    void listenerShouldCloseTheRogueConnectionAndTheRunStillPassWhenGarbageFollowsABind() throws Exception {
        try (Harness harness = Harness.start(ScenarioLoader.parse(SCENARIO, "rogue.yaml"), RunOptions.defaults())) {
            InetSocketAddress rpc = harness.topology().server("EX55C").orElseThrow().listenerAddress("rpc").orElseThrow();
            try (HostilePeer rogue = HostilePeer.connect(rpc)) {
                byte[] answers = rogue.send(frame(bind("EX55A", "CONTOSO\\svc-site2")))
                        .sendHex("00000001 ee").readUntilClosed();
                assertThat(answers).containsExactly(0, 0, 0, 1, 2);
            }
            harness.runToEnd();
            RunSummary summary = harness.finish();

            assertThat(summary.conservation().passed()).isTrue();
            assertThat(summary.conservation().count(Fate.DELIVERED)).isEqualTo(5);
        }
    }

    // The RPC wire by hand (the codec is package-private in transport.rpc): see RpcPduCodec.

    private static byte[] bind(String caller, String account) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(0x01);
        string(out, caller);
        string(out, account);
        return bytes.toByteArray();
    }

    private static byte[] transfer(String trace, String originator, List<String> recipients) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(0x04);
        string(out, trace);
        string(out, originator);
        out.writeInt(recipients.size());
        for (String r : recipients) {
            string(out, r);
        }
        out.writeInt(0);
        byte[] content = ("X-Intransit-Trace: " + trace + "\r\nSubject: rogue\r\n\r\nhello\r\n").getBytes(UTF_8);
        out.writeInt(content.length);
        out.write(content);
        return bytes.toByteArray();
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] frame(byte[] pdu) {
        return ByteBuffer.allocate(4 + pdu.length).putInt(pdu.length).put(pdu).array();
    }
}
