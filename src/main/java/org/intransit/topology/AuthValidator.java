package org.intransit.topology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.intransit.scenario.ServerPlan;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.auth.UsernamePasswordValidator;

/**
 * Checks AUTH PLAIN and LOGIN credentials against the server's {@code auth} setting. Compares
 * in constant time, and never puts the presented or expected password into a message or log;
 * SubEthaSMTP answers a failure with {@code 535 Authentication credentials invalid}.
 */
final class AuthValidator implements UsernamePasswordValidator {

    private final byte[] user;
    private final byte[] password;

    AuthValidator(ServerPlan.Auth auth) {
        this.user = auth.user().getBytes(StandardCharsets.UTF_8);
        this.password = auth.password().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void login(String username, String presented, MessageContext context) throws LoginFailedException {
        boolean userMatches = MessageDigest.isEqual(user, bytes(username));
        boolean passwordMatches = MessageDigest.isEqual(password, bytes(presented));
        if (!(userMatches && passwordMatches)) {
            throw new LoginFailedException();
        }
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "AuthValidator[user=" + new String(user, StandardCharsets.UTF_8) + ", password=***]";
    }
}
