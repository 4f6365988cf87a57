package org.intransit.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.intransit.transport.ConnectionWatch;
import org.intransit.transport.ConnectionWatchHandler;
import org.intransit.transport.DroppedConnection;
import org.intransit.transport.TransferReceiver;
import org.junit.jupiter.api.Test;

/** The association rules on the callee's side, PDU by PDU, without a network. */
class RpcServerHandlerTest {

    private static final String TRUSTED = "CONTOSO\\svc-site1";
    private static final RpcPdu.Transfer TRANSFER = new RpcPdu.Transfer("t-1", "bob@contoso.example",
            List.of("alice@contoso.example"), List.of("EXA"), new byte[] {1, 2});

    private final AtomicReference<String> account = new AtomicReference<>(TRUSTED);
    private final List<String> callers = new CopyOnWriteArrayList<>();
    private final List<DroppedConnection> drops = new CopyOnWriteArrayList<>();

    /** The association handler under the listener's watch, which closes and reports. */
    private EmbeddedChannel association(TransferReceiver receiver) {
        return new EmbeddedChannel(new RpcServerHandler("EXB", account::get, receiver), new ConnectionWatchHandler("rpc",
                new ConnectionWatch(ConnectionWatch.DEFAULT_IDLE_TIMEOUT, drops::add)));
    }

    private EmbeddedChannel association() {
        return association((caller, t) -> {
            callers.add(caller);
            return null;
        });
    }

    private static RpcPdu answer(EmbeddedChannel ch, RpcPdu pdu) {
        ch.writeInbound(pdu);
        return ch.readOutbound();
    }

    @Test
    void serverShouldHandTheTransferToTheReceiverUnderTheBoundCallerName() {
        EmbeddedChannel ch = association();

        assertThat(answer(ch, new RpcPdu.Bind("EXA", TRUSTED))).isEqualTo(new RpcPdu.BindAck());
        assertThat(answer(ch, TRANSFER)).isEqualTo(new RpcPdu.TransferAck());

        assertThat(callers).containsExactly("EXA");
    }

    @Test
    void serverShouldRefuseABindWithError5NamingAccountAndServerWhenTheAccountIsNotTrusted() {
        EmbeddedChannel ch = association();

        assertThat(answer(ch, new RpcPdu.Bind("EXA", "CONTOSO\\svc-site2")))
                .isEqualTo(new RpcPdu.BindNak(5, "access denied: the presented service account is not trusted by EXB"));
    }

    @Test
    void serverShouldKeepTheConnectionOpenAfterARefusedBindAndAcceptALaterGoodOne() {
        EmbeddedChannel ch = association();

        answer(ch, new RpcPdu.Bind("EXA", "CONTOSO\\svc-site2"));

        assertThat(ch.isOpen()).isTrue();
        assertThat(answer(ch, new RpcPdu.Bind("EXA", TRUSTED))).isEqualTo(new RpcPdu.BindAck());
        assertThat(answer(ch, TRANSFER)).isEqualTo(new RpcPdu.TransferAck());
    }

    @Test
    void serverShouldRefuseATransferWithError5AndNotCallTheReceiverWhenNothingIsBound() {
        EmbeddedChannel ch = association();

        assertThat(answer(ch, TRANSFER))
                .isInstanceOfSatisfying(RpcPdu.BindNak.class, nak -> assertThat(nak.error()).isEqualTo(5));

        assertThat(callers).isEmpty();
        assertThat(ch.isOpen()).isTrue();
    }

    @Test
    void serverShouldDropAnEarlierBindWhenALaterBindIsRefused() {
        EmbeddedChannel ch = association();
        answer(ch, new RpcPdu.Bind("EXA", TRUSTED));

        answer(ch, new RpcPdu.Bind("EXC", "CONTOSO\\svc-site2"));

        assertThat(answer(ch, TRANSFER)).isInstanceOf(RpcPdu.BindNak.class);
        assertThat(callers).isEmpty();
    }

    @Test
    void serverShouldReadTheServiceAccountAtEachBindWhenItChanges() {
        EmbeddedChannel ch = association();

        account.set("CONTOSO\\svc-new");

        assertThat(answer(ch, new RpcPdu.Bind("EXA", TRUSTED))).isInstanceOf(RpcPdu.BindNak.class);
        assertThat(answer(ch, new RpcPdu.Bind("EXA", "CONTOSO\\svc-new"))).isEqualTo(new RpcPdu.BindAck());
    }

    @Test
    void serverShouldRefuseEveryBindWhenItHasNoServiceAccount() {
        account.set(null);
        EmbeddedChannel ch = association();

        assertThat(answer(ch, new RpcPdu.Bind("EXA", null))).isInstanceOf(RpcPdu.BindNak.class);
    }

    @Test
    void serverShouldPassTheReceiversRefusalBackAsATransferNak() {
        EmbeddedChannel ch = association((caller, t) -> new TransferReceiver.Refusal(true, "550 5.1.1 unknown"));
        answer(ch, new RpcPdu.Bind("EXA", TRUSTED));

        assertThat(answer(ch, TRANSFER)).isEqualTo(new RpcPdu.TransferNak(true, "550 5.1.1 unknown"));
    }

    @Test
    void serverShouldAnswerATemporaryNakWhenTheReceiverThrows() {
        EmbeddedChannel ch = association((caller, t) -> {
            throw new IllegalStateException("store offline");
        });
        answer(ch, new RpcPdu.Bind("EXA", TRUSTED));

        assertThat(answer(ch, TRANSFER)).isInstanceOfSatisfying(RpcPdu.TransferNak.class, nak -> {
            assertThat(nak.permanent()).isFalse();
            assertThat(nak.reason()).contains("store offline");
        });
        assertThat(ch.isOpen()).isTrue();
    }

    @Test
    void serverShouldCloseTheConnectionOnUnbind() {
        EmbeddedChannel ch = association();
        answer(ch, new RpcPdu.Bind("EXA", TRUSTED));

        ch.writeInbound(new RpcPdu.Unbind());

        assertThat(ch.isOpen()).isFalse();
        assertThat(drops).as("an unbind is the caller's own close").isEmpty();
    }

    @Test
    void serverShouldCloseTheConnectionWhenTheCallerSendsAnAnswerPdu() {
        EmbeddedChannel ch = association();

        ch.writeInbound(new RpcPdu.TransferAck());

        assertThat(ch.isOpen()).isFalse();
        assertThat(drops).singleElement().isInstanceOfSatisfying(DroppedConnection.ProtocolError.class,
                error -> assertThat(error.reason()).isEqualTo("unexpected TransferAck from a caller"));
    }
}
