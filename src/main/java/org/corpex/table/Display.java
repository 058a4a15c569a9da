package org.corpex.table;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.utils.WCWidth;

/**
 * Text from the data made safe for a terminal. A title or a text may hold ESC (which starts sequences that retitle the
 * terminal, move the cursor or write to the clipboard), BEL, C1 controls, or bidirectional overrides (which reorder
 * what the reader sees); on a screen each shows as a visible placeholder instead: C0 controls as their Control Pictures
 * (ESC as ␛), DEL as ␡, C1 controls and bidi controls as �. Files keep the data as it is.
 */
public final class Display {
    private Display() {}

    /** The placeholder for one character, or the character itself when it is safe to show. */
    public static char visible(char c) {
        if (c < 0x20) return c == '\n' ? '⏎' : c == '\t' ? ' ' : (char) (0x2400 + c);
        if (c == 0x7F) return '\u2421';
        if (c >= 0x80 && c <= 0x9F) return '\uFFFD';
        if (isBidiControl(c)) return '\uFFFD';
        return c;
    }

    /**
     * Columns a code point takes on a terminal, the one rule for the prompt's tables and the full screen: East Asian
     * wide and emoji two; combining marks, format characters (zero-width space and joiners, soft hyphen), variation
     * selectors and emoji skin-tone modifiers none (they join the character before them); controls none (they are shown
     * as placeholders).
     */
    public static int width(int cp) {
        if (cp < 0x300) return cp < 0x20 || cp >= 0x7F && cp < 0xA0 ? 0 : cp == 0xAD ? 0 : 1;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT)
            return 0;
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) return 0; // variation selectors
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) return 0; // skin-tone modifiers
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) return 0;
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /** Columns a string takes on a terminal: the sum of {@link #width(int)}. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Explicit embeddings, overrides, isolates and marks: what "Trojan Source" text abuses. */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }

    /** One line for a screen: line breaks as ⏎, carriage returns dropped, every other control visible. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** Lines for a screen (a note, a usage text, a message): line breaks kept, every other control visible. */
    public static String lines(String s) {
        return clean(s, true);
    }

    /** A stream for messages to people (stderr): every string printed to it is made safe with {@link #lines}. */
    public static PrintStream messages(PrintStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                super.print(lines(s));
            }

            @Override
            public void print(Object o) {
                super.print(lines(String.valueOf(o)));
            }

            @Override
            public void println(String s) {
                synchronized (this) {
                    print(s);
                    println();
                }
            }

            @Override
            public void println(Object o) {
                synchronized (this) {
                    print(o);
                    println();
                }
            }
        };
    }

    private static String clean(String s, boolean keepBreaks) {
        if (s == null || s.isEmpty()) return s;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\r') {
                rep = i + 1 < s.length() && s.charAt(i + 1) == '\n' ? "" : "\u240D";
            } else if (c == '\n' && keepBreaks) {
                rep = null;
            } else {
                char v = visible(c);
                if (v != c) rep = String.valueOf(v);
            }
            if (rep != null && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
