package org.corpex.index;

import java.util.Arrays;

/**
 * A string-to-id table that looks up characters in a buffer without making a String, so folding
 * and counting millions of tokens allocates only for words not seen before. Ids run 0, 1, 2...
 * in the order terms were added. Not thread-safe: each indexing task has its own.
 */
final class TermTable {
    private int[] slots = new int[1 << 12];   // id + 1, or 0 for empty
    private int[] hashes = new int[1 << 11];
    private String[] keys = new String[1 << 11];
    private int size;

    int size() { return size; }
    String key(int id) { return keys[id]; }
    String[] keys() { return Arrays.copyOf(keys, size); }

    static int hash(char[] b, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = 31 * h + b[i];
        return h;
    }

    /** Id of the term in {@code b[0, len)}, adding it when new. */
    int add(char[] b, int len, int h) {
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return insert(i, new String(b, 0, len), h);
            }
            int id = s - 1;
            if (hashes[id] == h && same(keys[id], b, len)) return id;
        }
    }

    /** Id of a term, adding it when new. */
    int add(String k) {
        int h = k.hashCode();
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) return insert(i, k, h);
            if (hashes[s - 1] == h && keys[s - 1].equals(k)) return s - 1;
        }
    }

    /** Id of a term, or -1. */
    int get(String k) {
        int h = k.hashCode();
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) return -1;
            if (hashes[s - 1] == h && keys[s - 1].equals(k)) return s - 1;
        }
    }

    private int insert(int slot, String k, int h) {
        int id = size++;
        if (id == keys.length) {
            keys = Arrays.copyOf(keys, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        keys[id] = k;
        hashes[id] = h;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) rehash();
        return id;
    }

    private void rehash() {
        int[] n = new int[slots.length * 2];
        int mask = n.length - 1;
        for (int id = 0; id < size; id++) {
            int i = mix(hashes[id]) & mask;
            while (n[i] != 0) i = (i + 1) & mask;
            n[i] = id + 1;
        }
        slots = n;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean same(String k, char[] b, int len) {
        if (k.length() != len) return false;
        for (int i = 0; i < len; i++) if (k.charAt(i) != b[i]) return false;
        return true;
    }
}
