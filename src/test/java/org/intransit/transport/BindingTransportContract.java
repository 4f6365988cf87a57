package org.intransit.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract of transports whose association starts with a bind (RPC, X.400). */
public interface BindingTransportContract extends TransportContract {

    /** Credentials the listener started by {@link #listen} refuses. */
    Credentials badCredentials();

    @Test
    default void transferShouldReportBindRefusedAndDeliverNothingWhenCredentialsAreWrong() throws Exception {
        AtomicInteger received = new AtomicInteger();
        try (RunningListener listener = listen((caller, t) -> {
                    received.incrementAndGet();
                    return null;
                });
                TransportClient client = client()) {
            TransferResult refused = client.transfer(listener.address(), badCredentials(), TransportContract.sample("bad-bind", 100));
            TransferResult accepted = client.transfer(listener.address(), goodCredentials(), TransportContract.sample("good-bind", 100));

            assertThat(refused).isInstanceOf(TransferResult.BindRefused.class);
            assertThat(accepted).as("the listener keeps serving after a refused bind").isInstanceOf(TransferResult.Accepted.class);
        }
        assertThat(received).hasValue(1);
    }
}
