package io.rapport.core.importer;

/**
 * What an importer makes of a file's first bytes, for picking an importer when no format is given.
 *
 * @param confidence {@value #UNKNOWN_CONFIDENCE}: cannot tell; 0: certainly not this format; 1–100: how sure
 *                   (50 and more is a claim)
 * @param reason     what in the file shows it, in a few words ("an X API v2 response: data, author_id")
 */
public record Recognition(int confidence, String reason) {
    public static final int UNKNOWN_CONFIDENCE = -1;
    /** The importer does not look at content. */
    public static final Recognition UNKNOWN = new Recognition(UNKNOWN_CONFIDENCE, "");

    public static Recognition notThis(String reason) {
        return new Recognition(0, reason);
    }

    /** A claim: the content has this format's signature. */
    public static Recognition likely(int confidence, String reason) {
        return new Recognition(Math.max(50, Math.min(100, confidence)), reason);
    }

    public boolean isClaim() {
        return confidence >= 50;
    }

    public boolean isDenial() {
        return confidence == 0;
    }
}
