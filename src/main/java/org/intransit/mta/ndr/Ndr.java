package org.intransit.mta.ndr;

/**
 * A non-delivery report ready to be routed back like any other message.
 *
 * <p>The envelope travels beside the bytes because it is not in them: {@code envelopeFrom} is
 * always {@code ""}, the null reverse-path ({@code MAIL FROM:<>}) that RFC 5321 §4.5.5 and
 * RFC 3464 require for a DSN so that a failing NDR never produces another one.
 *
 * @param trace        the NDR's own trace id (its {@code X-Intransit-Trace})
 * @param envelopeFrom always {@code ""}
 * @param envelopeTo   the original sender, to whom the report goes
 * @param bytes        the complete RFC 5322 message (not copied; do not modify)
 */
public record Ndr(String trace, String envelopeFrom, String envelopeTo, byte[] bytes) {
}
