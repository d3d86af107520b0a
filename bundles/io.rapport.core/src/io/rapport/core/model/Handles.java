package io.rapport.core.model;

import java.util.Locale;

/** Handles are matched without a leading '@' and without regard to case, as on every channel Rapport reads. */
public final class Handles {
    private Handles() {
    }

    public static String normalize(String handle) {
        if (handle == null) {
            return null;
        }
        String h = handle.strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
