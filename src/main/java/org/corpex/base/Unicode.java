package org.corpex.base;

import java.text.Normalizer;

/** The one form text takes in corpex, loaded or typed. */
public final class Unicode {
    private Unicode() {}

    /**
     * Text in composed form (NFC): "café" typed on one keyboard and decomposed by another (e and a combining accent, as
     * macOS file systems and some feeds write it) is one word. Loaders compose what they read, and the shell what a
     * user types, so that the two meet.
     */
    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)
                ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
