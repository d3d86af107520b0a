package io.rapport.importer.xarchive.internal;

import java.util.Arrays;

/**
 * Which tweet of the archive replies to which, so that a reply's thread is the root of its chain even when the
 * root comes later in the file (archives list newest first). Only replies are kept, as pairs of primitive
 * longs in an open-addressing table: 16 bytes a reply, about 160 MB for ten million.
 */
final class ReplyChains {
    /** Guards against a cycle in damaged data. */
    private static final int MAX_HOPS = 100_000;

    private long[] keys = new long[1 << 10];
    private long[] parents = new long[1 << 10];
    private int size;

    /** Records that tweet {@code id} replies to {@code parent}; ids are X's positive numeric ids. */
    void add(long id, long parent) {
        if (id <= 0 || parent <= 0) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(keys, id);
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = id;
        parents[i] = parent;
    }

    int size() {
        return size;
    }

    /**
     * The root of the conversation a reply to {@code parentId} belongs to: the top of the chain of replies in
     * the archive, which is the tweet the earliest known reply answered, in the archive or not.
     */
    String rootOf(String parentId) {
        long id = parse(parentId);
        if (id <= 0) {
            return parentId;
        }
        long current = id;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            long up = parentOf(current);
            if (up == 0 || up == id) {
                break;
            }
            current = up;
        }
        return current == id ? parentId : Long.toString(current);
    }

    private long parentOf(long id) {
        int i = slot(keys, id);
        return keys[i] == id ? parents[i] : 0;
    }

    static long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 19) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v < 0 ? -1 : v;
    }

    private static int slot(long[] keys, long id) {
        int mask = keys.length - 1;
        int i = (int) (mix(id) & mask);
        while (keys[i] != 0 && keys[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldParents = parents;
        keys = new long[oldKeys.length * 2];
        parents = new long[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                parents[i] = oldParents[j];
            }
        }
        Arrays.fill(oldKeys, 0); // let the old arrays go at once
    }
}
