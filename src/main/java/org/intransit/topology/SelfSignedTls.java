package org.intransit.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The TLS context a {@code tls: true} listener uses after STARTTLS: a self-signed certificate
 * (an EC P-256 key: quicker to make than RSA, and every current client takes it) for the
 * listener's host name and {@code localhost}, {@code 127.0.0.1}, valid ten years, made once per
 * host name and JVM.
 *
 * <p>The JDK has no public API that builds a certificate, so this runs the JDK's own
 * {@code keytool} (in {@code java.home}/bin of every JDK 17 and JRE) in a temporary directory,
 * loads the PKCS#12 store it writes and deletes the directory. The store password is random and
 * reaches keytool through its environment, never its command line. Clients must trust the
 * certificate blindly ({@code mail.smtp.ssl.trust=*}, swaks {@code --tls} does by default).
 */
final class SelfSignedTls {

    private static final Map<String, SSLContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final String PASSWORD_VARIABLE = "INTRANSIT_KEYSTORE_PASSWORD";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private SelfSignedTls() {}

    /** The context for {@code hostName}; generates the certificate on first use. */
    static SSLContext contextFor(String hostName) {
        return CONTEXTS.computeIfAbsent(hostName, SelfSignedTls::generate);
    }

    private static SSLContext generate(String hostName) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("intransit-tls");
            Path store = dir.resolve("listener.p12");
            char[] password = randomPassword();
            runKeytool(hostName, store, password);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate for STARTTLS: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a self-signed certificate for STARTTLS", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void runKeytool(String hostName, Path store, char[] password) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String dnsName = hostName.toLowerCase(Locale.ROOT);
        String san = "SAN=" + (DNS_NAME.matcher(dnsName).matches() ? "dns:" + dnsName + "," : "")
                + "dns:localhost,ip:127.0.0.1";
        ProcessBuilder builder = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt",
                "-alias", "listener", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                "-dname", "CN=" + hostName.replace(",", "\\,") + ", O=intransit test harness",
                "-ext", san, "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass:env", PASSWORD_VARIABLE)
                .redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, new String(password));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0 || !Files.exists(store)) {
            throw new IOException("keytool failed (exit " + process.exitValue() + "): " + output);
        }
    }

    private static char[] randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind holds only a throwaway test certificate
        }
    }
}
