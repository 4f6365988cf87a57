package org.intransit.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.internal.io.DotTerminatedInputStream;
import org.subethamail.smtp.internal.io.DotUnstuffingInputStream;

/** DATA's dot-stuffing undone and its end found, whatever the chunks the bytes arrive in. */
class DotStuffedTextTest {

    /** What one pass over the raw bytes gave: the message and the raw bytes it took. */
    private record Decoded(String text, int consumed, boolean ended) {}

    /** Decodes {@code raw} in chunks of {@code sizes} bytes (the last size repeats). */
    private static Decoded decode(String raw, int... sizes) {
        byte[] in = raw.getBytes(StandardCharsets.ISO_8859_1);
        DotStuffedText text = new DotStuffedText();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        int next = 0;
        while (at < in.length && !text.ended()) {
            int size = sizes[Math.min(next++, sizes.length - 1)];
            int to = Math.min(in.length, at + size);
            byte[] chunkOut = new byte[to - at + DotStuffedText.MAX_GROWTH];
            int produced = text.unstuff(in, at, to, chunkOut, 0);
            out.write(chunkOut, 0, produced);
            at += text.consumed();
        }
        return new Decoded(out.toString(StandardCharsets.ISO_8859_1), at, text.ended());
    }

    /** Every way of cutting {@code raw} in two, and every chunk size up to its length, gives {@code expected}. */
    private static void assertDecodesEverySplitAs(String raw, String expected, int consumed) {
        for (int cut = 0; cut <= raw.length(); cut++) {
            assertThat(decode(raw, Math.max(cut, 1), raw.length())).as("cut at %d", cut)
                    .isEqualTo(new Decoded(expected, consumed, true));
        }
        for (int size = 1; size <= raw.length(); size++) {
            assertThat(decode(raw, size)).as("chunks of %d", size).isEqualTo(new Decoded(expected, consumed, true));
        }
    }

    @Test
    void textShouldEndAtTheLoneDotLineAndLeaveTheNextCommandsUnreadWhereverTheChunksSplit() {
        String message = "Subject: x\r\n\r\nhello\r\n";
        String raw = message + ".\r\nMAIL FROM:<a@client.test>\r\n";
        assertDecodesEverySplitAs(raw, message, message.length() + 3);
    }

    @Test
    void textShouldRemoveTheStuffedDotOfEveryLineThatStartsWithADot() {
        String raw = "a\r\n..b\r\n...\r\n..\r\n.\r\n";
        assertDecodesEverySplitAs(raw, "a\r\n.b\r\n..\r\n.\r\n", raw.length());
    }

    @Test
    void textShouldBeEmptyWhenTheDataIsALoneDot() {
        assertDecodesEverySplitAs(".\r\nQUIT\r\n", "", 3);
    }

    @Test
    void textShouldUnstuffTheFirstLineToo() {
        assertDecodesEverySplitAs("..first\r\n.\r\n", ".first\r\n", 12);
    }

    @Test
    void textShouldKeepBareLfLinesAsSentAndNotEndAtLfDotCrLf() {
        String raw = "a\n.\r\nMAIL FROM:<x@evil.test>\n..b\r\n.\r\n";
        assertDecodesEverySplitAs(raw, "a\n.\r\nMAIL FROM:<x@evil.test>\n..b\r\n", raw.length());
    }

    @Test
    void textShouldPassOnABareCrAfterAStuffedDot() {
        assertDecodesEverySplitAs("a\r\n.\rb\r\n.\r\r\n.\r\n", "a\r\n\rb\r\n\r\r\n", 15);
    }

    @Test
    void textShouldNotEndBeforeTheLoneDotLineArrives() {
        assertThat(decode("a\r\n.\r", 2)).isEqualTo(new Decoded("a\r\n", 5, false));
        assertThat(decode("a\r\n.x\r\n", 3)).isEqualTo(new Decoded("a\r\nx\r\n", 7, false));
    }

    @Test
    void textShouldMatchSubEthaSmtpsStreamsOnRandomDataInRandomChunks() throws IOException {
        Random random = new Random(7);
        char[] alphabet = {'.', '\r', '\n', 'a'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder raw = new StringBuilder("x");
            for (int i = random.nextInt(40); i > 0; i--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            raw.append("\r\n.\r\n");
            String expected = subEthaSmtp(raw.toString());
            int[] sizes = {1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(6)};
            Decoded decoded = decode(raw.toString(), sizes);
            assertThat(decoded.text()).as("raw %s", raw.toString().replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(expected);
            assertThat(decoded.ended()).isTrue();
        }
    }

    /** The same bytes through SubEthaSMTP's own byte-at-a-time DATA streams. */
    private static String subEthaSmtp(String raw) throws IOException {
        InputStream in = new DotUnstuffingInputStream(new DotTerminatedInputStream(
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
