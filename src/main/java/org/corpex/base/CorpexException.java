package org.corpex.base;

/**
 * A mistake of the user's (a bad option, an unknown document, a malformed expression) or a
 * condition they can act on (a file that exists). Front ends print {@link #getMessage()} as one
 * line and {@link #detail()} (a caret under the bad spot, or a usage text) beneath it; never a stack trace.
 */
public class CorpexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String detail;

    public CorpexException(String message) {
        this(message, "");
    }

    public CorpexException(String message, String detail) {
        super(message);
        this.detail = detail == null ? "" : detail;
    }

    /** Further lines to show under the message, or "". */
    public String detail() {
        return detail;
    }
}
