package org.corpex.index;

import java.util.Arrays;

/**
 * A string-to-id table that looks up characters in a buffer without making a String, so folding and counting millions
 * of tokens allocates only for words not seen before. Ids run 0, 1, 2... in the order terms were added. Each slot holds
 * the hash, id and where the term's characters sit in one shared char pool, so a lookup touches two places in memory,
 * not five (this table is the hottest loop of indexing). Not thread-safe: each indexing task has its own.
 */
final class TermTable {
    private static final int W = 4; // ints per slot: hash, id + 1 (0: empty), pool offset, length
    private int[] slots = new int[W << 12];
    private int mask = (1 << 12) - 1;
    private char[] pool = new char[1 << 14];
    private int poolSize;
    private int[] offsets = new int[1 << 11]; // per id: where its characters start in the pool
    private int[] lengths = new int[1 << 11];
    private int size;

    int size() {
        return size;
    }

    String key(int id) {
        return new String(pool, offsets[id], lengths[id]);
    }

    String[] keys() {
        String[] out = new String[size];
        for (int i = 0; i < size; i++) out[i] = key(i);
        return out;
    }

    static int hash(char[] b, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = 31 * h + b[i];
        return h;
    }

    /** Id of the term in {@code b[0, len)}, adding it when new. */
    int add(char[] b, int len, int h) {
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = i * W;
            int id1 = slots[s + 1];
            if (id1 == 0) return insert(s, b, len, h);
            if (slots[s] == h
                    && slots[s + 3] == len
                    && Arrays.equals(pool, slots[s + 2], slots[s + 2] + len, b, 0, len)) return id1 - 1;
        }
    }

    /** Id of a term, adding it when new. */
    int add(String k) {
        int id = get(k);
        if (id >= 0) return id;
        char[] b = k.toCharArray();
        return add(b, b.length, hash(b, b.length));
    }

    /** Id of the term in {@code b[0, len)}, or -1. */
    int get(char[] b, int len) {
        int h = hash(b, len);
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = i * W;
            int id1 = slots[s + 1];
            if (id1 == 0) return -1;
            if (slots[s] == h
                    && slots[s + 3] == len
                    && Arrays.equals(pool, slots[s + 2], slots[s + 2] + len, b, 0, len)) return id1 - 1;
        }
    }

    /** Id of a term, or -1. */
    int get(String k) {
        int len = k.length();
        int h = k.hashCode(); // the same as hash(): 31 * h + c over the chars
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int s = i * W;
            int id1 = slots[s + 1];
            if (id1 == 0) return -1;
            if (slots[s] == h && slots[s + 3] == len && same(slots[s + 2], k)) return id1 - 1;
        }
    }

    private boolean same(int off, String k) {
        for (int j = 0; j < k.length(); j++) if (pool[off + j] != k.charAt(j)) return false;
        return true;
    }

    private int insert(int s, char[] b, int len, int h) {
        int id = size++;
        if (poolSize + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        System.arraycopy(b, 0, pool, poolSize, len);
        if (id == offsets.length) {
            offsets = Arrays.copyOf(offsets, id * 2);
            lengths = Arrays.copyOf(lengths, id * 2);
        }
        offsets[id] = poolSize;
        lengths[id] = len;
        slots[s] = h;
        slots[s + 1] = id + 1;
        slots[s + 2] = poolSize;
        slots[s + 3] = len;
        poolSize += len;
        if (size * 2 > mask + 1) rehash();
        return id;
    }

    private void rehash() {
        int cap = (mask + 1) * 2;
        int[] n = new int[cap * W];
        int m = cap - 1;
        for (int s = 0; s < slots.length; s += W) {
            if (slots[s + 1] == 0) continue;
            int i = mix(slots[s]) & m;
            while (n[i * W + 1] != 0) i = (i + 1) & m;
            System.arraycopy(slots, s, n, i * W, W);
        }
        slots = n;
        mask = m;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
