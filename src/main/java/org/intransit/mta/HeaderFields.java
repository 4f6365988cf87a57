package org.intransit.mta;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The header block of one {@link RawMessage}, parsed once: each field unfolded into one line
 * ({@code Name: value}), and where each field's bytes start. Immutable.
 *
 * <p>The block ends at the first empty line (CR LF or bare LF); a message without one is all
 * header. A line that starts with a space or a tab continues the field before it: unfolding
 * drops the line break and the leading blanks and puts one space instead.
 *
 * <pre>
 *   bytes:  Received: from a CR LF TAB by b CR LF Subject: hi CR LF CR LF body...
 *           ^ starts[0]                        ^ starts[1]       ^ starts[2] (= end of block)
 *   lines:  "Received: from a by b", "Subject: hi"
 * </pre>
 */
final class HeaderFields {

    private final String[] lines;
    /** Where each field starts, then where the last one ends (after its line break). */
    private final int[] starts;

    private HeaderFields(String[] lines, int[] starts) {
        this.lines = lines;
        this.starts = starts;
    }

    /** One pass over the header block: each line is a new field, a continuation, or the empty line that ends the block. */
    static HeaderFields parse(byte[] bytes) {
        String[] lines = new String[8];
        int[] starts = new int[9];
        int count = 0;
        StringBuilder folded = null;
        int pos = 0;
        while (pos < bytes.length) {
            int lineEnd = pos;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            boolean terminated = lineEnd < bytes.length;
            int textEnd = terminated && lineEnd > pos && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (pos > 0 && terminated && textEnd == pos) {
                break;
            }
            if (count > 0 && (bytes[pos] == ' ' || bytes[pos] == '\t')) {
                int text = pos;
                while (text < textEnd && (bytes[text] == ' ' || bytes[text] == '\t')) {
                    text++;
                }
                if (folded == null) {
                    folded = new StringBuilder(lines[count - 1]);
                }
                folded.append(' ').append(new String(bytes, text, textEnd - text, StandardCharsets.ISO_8859_1));
                lines[count - 1] = folded.toString();
            } else {
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, count * 2);
                    starts = Arrays.copyOf(starts, count * 2 + 1);
                }
                starts[count] = pos;
                lines[count++] = new String(bytes, pos, textEnd - pos, StandardCharsets.ISO_8859_1);
                folded = null;
            }
            pos = terminated ? lineEnd + 1 : lineEnd;
            starts[count] = pos;
        }
        return new HeaderFields(Arrays.copyOf(lines, count), Arrays.copyOf(starts, count + 1));
    }

    /**
     * The fields of {@code line + CRLF + message} when this block is {@code message}'s, or empty
     * when {@code message} starts in a way that would join the new line to its block differently
     * (an empty line or a continuation first; a line with its own line breaks).
     */
    Optional<HeaderFields> withLineInFront(String line, int lineBytes, byte[] message) {
        boolean plainLine = line.indexOf('\r') < 0 && line.indexOf('\n') < 0;
        boolean plainStart = message.length > 0 && message[0] != '\n' && message[0] != ' ' && message[0] != '\t'
                && !(message[0] == '\r' && message.length > 1 && message[1] == '\n');
        if (!plainLine || !plainStart) {
            return Optional.empty();
        }
        String[] joinedLines = new String[lines.length + 1];
        joinedLines[0] = line;
        System.arraycopy(lines, 0, joinedLines, 1, lines.length);
        int[] joinedStarts = new int[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            joinedStarts[i + 1] = starts[i] + lineBytes;
        }
        return Optional.of(new HeaderFields(joinedLines, joinedStarts));
    }

    /** The value of the first field of that name, unfolded and stripped. */
    Optional<String> first(String name) {
        for (String line : lines) {
            if (named(line, name)) {
                return Optional.of(line.substring(name.length() + 1).strip());
            }
        }
        return Optional.empty();
    }

    /** How many fields have that name. */
    int count(String name) {
        int count = 0;
        for (String line : lines) {
            if (named(line, name)) {
                count++;
            }
        }
        return count;
    }

    /** {@code bytes} (the message this block was parsed from) without the fields of that name. */
    byte[] without(byte[] bytes, String name) {
        byte[] kept = new byte[bytes.length];
        int filled = 0;
        int copyFrom = 0;
        for (int i = 0; i < lines.length; i++) {
            if (named(lines[i], name)) {
                System.arraycopy(bytes, copyFrom, kept, filled, starts[i] - copyFrom);
                filled += starts[i] - copyFrom;
                copyFrom = starts[i + 1];
            }
        }
        System.arraycopy(bytes, copyFrom, kept, filled, bytes.length - copyFrom);
        filled += bytes.length - copyFrom;
        return filled == bytes.length ? kept : Arrays.copyOf(kept, filled);
    }

    private static boolean named(String line, String name) {
        return line.length() > name.length() && line.charAt(name.length()) == ':'
                && line.regionMatches(true, 0, name, 0, name.length());
    }
}
