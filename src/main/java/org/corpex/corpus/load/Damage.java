package org.corpex.corpus.load;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;
import org.corpex.base.Shown;

/** What a damaged file is, in words, for the warning that skips it. */
final class Damage {
    private Damage() {}

    /**
     * Why an archive or a parser failed, in words: the library's message without Java's names
     * ("java.util.zip.ZipException: ..."), or what the kind of failure means when it has none.
     */
    static String why(Throwable e) {
        String m = e.getMessage();
        if (m != null) {
            m = m.lines().findFirst().orElse("").strip();
            // a message that is only another exception's toString()
            m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "")
                    .strip();
        }
        if (m != null && !m.isEmpty() && !m.equals("null")) return Shown.name(m);
        if (e instanceof EOFException) return "it ends too early";
        if (e instanceof ZipException || e instanceof IOException) return "its data are damaged";
        if (e instanceof ArrayIndexOutOfBoundsException
                || e instanceof IndexOutOfBoundsException
                || e instanceof NegativeArraySizeException) {
            return "a length or offset in it points outside it";
        }
        if (e instanceof NullPointerException) return "a part it refers to is missing";
        if (e instanceof ClassCastException) return "a part of it is of the wrong kind";
        if (e instanceof StackOverflowError) return "it nests too deeply";
        return "its structure is not what its format says";
    }
}
