package io.rapport.core.model;

/** Splits the colon-separated specs of the command line and the settings dialog, checking the channel id. */
final class SpecParts {
    private SpecParts() {
    }

    static String[] split(String spec, int parts, String form) {
        if (spec == null) {
            throw new IllegalArgumentException("expected " + form);
        }
        String[] p = spec.split(":", parts);
        if (p.length != parts) {
            throw new IllegalArgumentException("'" + spec + "' is not of the form " + form);
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i].strip();
            if (p[i].isEmpty()) {
                throw new IllegalArgumentException("'" + spec + "' is not of the form " + form + " (empty part)");
            }
        }
        if (!Channels.isValidId(p[0])) {
            throw new IllegalArgumentException("'" + p[0] + "' is not a channel id (known: "
                    + String.join(", ", Channels.KNOWN) + ")");
        }
        return p;
    }
}
