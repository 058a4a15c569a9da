package org.corpex.base;

/**
 * A mistake of the user's (a bad option, an unknown document, a malformed expression) or a condition they can act on (a
 * file that exists). Front ends print {@link #getMessage()} as one line and {@link #detail()} (a caret under the bad
 * spot, or a usage text) beneath it; never a stack trace.
 */
public class CorpexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String detail;

    public CorpexException(String message) {
        this(message, "");
    }

    public CorpexException(String message, String detail) {
        super(oneLine(message));
        this.detail = detail == null ? "" : detail;
    }

    /**
     * The message is one line whatever the user typed into it: an expression or a file name with a line break in it
     * (from a batch file, or $'...' in a shell) is shown with a space there.
     */
    private static String oneLine(String s) {
        if (s == null) return null;
        return s.indexOf('\n') < 0
                        && s.indexOf('\r') < 0
                        && s.indexOf('\u2028') < 0
                        && s.indexOf('\u2029') < 0
                        && s.indexOf('\u0085') < 0
                ? s
                : s.replaceAll("\r\n|[\r\n\u2028\u2029\u0085]", " ");
    }

    /**
     * Two lines for a {@link #detail()}: the text, and a caret under offset {@code pos}. Tabs, line breaks and other
     * control characters show as one space each, so that the text stays on one line and the caret stays under the
     * character it points at.
     */
    public static String caret(String text, int pos) {
        StringBuilder b = new StringBuilder(text.length() + 8).append("  ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.append("\n  ")
                .append(" ".repeat(Math.max(0, Math.min(pos, text.length()))))
                .append('^')
                .toString();
    }

    /** Further lines to show under the message, or "". */
    public String detail() {
        return detail;
    }
}
