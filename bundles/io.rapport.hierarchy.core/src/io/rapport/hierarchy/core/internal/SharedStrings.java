package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.csv.DelimitedReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The workbook's table of distinct texts ({@code xl/sharedStrings.xml}), which text cells refer to by index.
 * Cells may refer to any entry in any order, so the table is held in memory: the one part of a workbook that is
 * not streamed. It is bounded so that a forged table cannot take the whole heap.
 */
final class SharedStrings {
    static final int MAX_STRINGS = 8_000_000;
    static final long MAX_CHARS = 128_000_000L;

    private final List<String> strings;
    private final BitSet cut;

    private SharedStrings(List<String> strings, BitSet cut) {
        this.strings = strings;
        this.cut = cut;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of(), new BitSet());
    }

    /** Reads each {@code <si>}: its {@code <t>}, or the {@code <t>} of its rich-text runs, phonetic guides left out. */
    static SharedStrings read(XmlPart part) throws IOException {
        List<String> strings = new ArrayList<>();
        BitSet cut = new BitSet();
        long chars = 0;
        boolean[] longer = new boolean[1];
        while (part.toStart("si")) {
            if (strings.size() == MAX_STRINGS) {
                throw part.error("more than " + MAX_STRINGS + " distinct texts (the limit Rapport reads; save the"
                        + " sheet as CSV instead)");
            }
            longer[0] = false;
            String s = part.text(true, DelimitedReader.MAX_RECORD_CHARS, longer);
            chars += s.length();
            if (chars > MAX_CHARS) {
                throw part.error("the distinct texts hold more than " + MAX_CHARS + " characters (the limit Rapport"
                        + " reads; save the sheet as CSV instead)");
            }
            if (longer[0]) {
                cut.set(strings.size());
            }
            strings.add(s);
        }
        return new SharedStrings(strings, cut);
    }

    int size() {
        return strings.size();
    }

    /** The text at an index; the caller checks the index against {@link #size()}. */
    String get(int index) {
        return strings.get(index);
    }

    /** Whether the text at an index was longer than what is kept of it. */
    boolean cut(int index) {
        return cut.get(index);
    }
}
