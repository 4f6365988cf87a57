package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code tls: true}: STARTTLS with the certificate the harness made for the listener at start. */
@Timeout(120)
class ListenerStartTlsTest {

    private ListenerFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Trusts any certificate: the listener's is self-signed, as documented. */
    private static SSLContext trustingEverything() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    @Test
    void listenerShouldUpgradeToTlsWithASelfSignedCertificateForItsHostName() throws Exception {
        fixture = ListenerFixture.start("tls: true");
        InetSocketAddress address = fixture.address;
        try (Socket plain = new Socket(address.getAddress(), address.getPort())) {
            plain.setSoTimeout(10_000);
            assertThat(line(plain.getInputStream())).startsWith("220 ex1.contoso.example");
            plain.getOutputStream().write("EHLO client.test\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(lines(plain.getInputStream())).contains("250-STARTTLS");
            plain.getOutputStream().write("STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(line(plain.getInputStream())).isEqualTo("220 Ready to start TLS");

            try (SSLSocket tls = (SSLSocket) trustingEverything().getSocketFactory()
                    .createSocket(plain, address.getHostString(), address.getPort(), true)) {
                tls.setUseClientMode(true);
                tls.startHandshake();
                X509Certificate certificate = (X509Certificate) tls.getSession().getPeerCertificates()[0];
                assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=ex1.contoso.example");
                assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());

                InputStream in = tls.getInputStream();
                String dialog = "EHLO client.test\r\nSTARTTLS\r\nMAIL FROM:<x@client.test>\r\n"
                        + "RCPT TO:<alice@contoso.example>\r\nDATA\r\n";
                tls.getOutputStream().write(dialog.getBytes(StandardCharsets.US_ASCII));
                assertThat(lines(in)).as("SubEthaSMTP advertises STARTTLS even once TLS is up").contains("250-STARTTLS");
                assertThat(line(in)).isEqualTo("454 TLS not available due to temporary reason: TLS already active");
                assertThat(line(in)).startsWith("250");
                assertThat(line(in)).startsWith("250");
                assertThat(line(in)).startsWith("354");
                tls.getOutputStream().write("Subject: over TLS\r\n\r\nhi\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(line(in)).startsWith("250");
            }
        }
        assertThat(fixture.subjects("alice")).containsExactly("over TLS");
    }

    @Test
    void listenerShouldAcceptAJakartaMailClientThatRequiresStartTls() throws Exception {
        fixture = ListenerFixture.start("tls: true");
        Properties props = new Properties();
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "*");
        fixture.send("STARTTLS from Jakarta Mail", props, null, null);
        fixture.sendNormal("plain SMTP still works");

        assertThat(fixture.subjects("alice")).containsExactly("STARTTLS from Jakarta Mail", "plain SMTP still works");
    }

    @Test
    void listenerShouldAcceptAClientThatUpgradesToTlsAndThenLogsIn() throws Exception {
        fixture = ListenerFixture.start("tls: true, auth: { user: submitter, password: tls-and-auth }");
        Properties props = new Properties();
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "*");
        props.put("mail.smtp.auth", "true");
        fixture.send("STARTTLS then AUTH", props, "submitter", "tls-and-auth");

        assertThat(fixture.subjects("alice")).containsExactly("STARTTLS then AUTH");
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                buffer.write(b);
            }
        }
        return buffer.toString(StandardCharsets.US_ASCII);
    }

    /** Every line of one multi-line reply. */
    private static java.util.List<String> lines(InputStream in) throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String line;
        do {
            line = line(in);
            lines.add(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return lines;
    }
}
