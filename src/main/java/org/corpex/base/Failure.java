package org.corpex.base;

/**
 * What to tell a user when a command fails where no check caught it. A failure inside Lucene's reading code while an
 * on-disk index is open means the index's files are damaged (a flipped byte in a postings or doc values file makes
 * Lucene index out of bounds, not say so): that is the one line every other damage gives, not an internal error.
 */
public final class Failure {
    private Failure() {}

    /** The on-disk index opened last (its name as typed), or null. */
    private static volatile String index;

    public static void opened(String shown) {
        index = shown;
    }

    /** The line for a failure no command caught. */
    public static String describe(Throwable e) {
        String idx = index;
        if (idx != null && fromLucene(e)) {
            return idx + " is damaged (" + words(e) + "); run 'corpex index " + idx
                    + " --check', then build it again with 'corpex index'";
        }
        return "internal error: " + e + " (please report this)";
    }

    /** True when the failure was thrown inside Lucene. */
    public static boolean fromLucene(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            StackTraceElement[] st = t.getStackTrace();
            for (int i = 0; i < Math.min(4, st.length); i++)
                if (st[i].getClassName().startsWith("org.apache.lucene.")) return true;
        }
        return false;
    }

    /** A failure in words, without Java's names. */
    public static String words(Throwable e) {
        if (e instanceof IndexOutOfBoundsException || e instanceof NegativeArraySizeException)
            return "a length or position in its files points outside them";
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException)
            return "its files hold values that do not fit together";
        if (e instanceof NullPointerException) return "a part its files refer to is missing";
        return "its files cannot be read";
    }
}
