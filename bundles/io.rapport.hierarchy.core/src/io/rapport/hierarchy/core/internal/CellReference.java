package io.rapport.hierarchy.core.internal;

/** A cell's place as a sheet writes it, {@code AB12}: column letters, then the row number. */
final class CellReference {
    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;

    private CellReference() {
    }

    /** The 0-based column of a reference ({@code A1} → 0, {@code AB12} → 27), or -1 if it is not a reference. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z' || i >= 3) {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || column > MAX_COLUMNS) {
            return -1;
        }
        for (int j = i; j < reference.length(); j++) {
            if (reference.charAt(j) < '0' || reference.charAt(j) > '9') {
                return -1;
            }
        }
        return column - 1;
    }

    /** The letters of a 0-based column: 0 → {@code A}, 27 → {@code AB}. */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }
}
