package org.intransit.transport.x400;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Decides whether an {@link X400Server} accepts a bind: the remote MTA name and password an
 * Exchange X.400 connector is configured with. Called on the I/O thread once per association,
 * so it must be quick and must not block.
 */
@FunctionalInterface
public interface X400BindPolicy {

    /**
     * @param callingMtaName the MTA name the caller presented
     * @param password the password it presented (empty when it has none); never log it
     * @return empty to accept, or the refusal reason sent back in the BindError; the reason must
     *     not contain the password
     */
    Optional<String> refuse(String callingMtaName, String password);

    /** Accepts every caller: a connector without a password check. */
    static X400BindPolicy acceptAll() {
        return (name, password) -> Optional.empty();
    }

    /**
     * Accepts only {@code mtaName} (case-insensitive, as MTA names are) with exactly
     * {@code password}; refuses anything else with "MTA name or password is wrong", never saying
     * which or echoing what was presented beyond the name.
     */
    static X400BindPolicy expect(String mtaName, String password) {
        byte[] expected = password.getBytes(StandardCharsets.UTF_8);
        return (name, presented) -> name.equalsIgnoreCase(mtaName)
                        && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))
                ? Optional.empty()
                : Optional.of("authentication-error: MTA name or password is wrong for calling MTA " + name);
    }
}
