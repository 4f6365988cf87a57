package org.intransit.report;

/**
 * Escapes text for HTML and inline SVG, in element content and in quoted attributes alike. Every
 * string that comes from a scenario file or the ledger (names, descriptions, MTA event texts,
 * trace ids) passes through here, because those are user input and the report must stay inert
 * when it is opened in a browser.
 */
final class HtmlEscape {

    private HtmlEscape() {}

    /** The escaped text; {@code null} becomes the empty string, control characters a space. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }
}
