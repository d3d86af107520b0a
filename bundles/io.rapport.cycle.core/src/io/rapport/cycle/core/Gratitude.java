package io.rapport.cycle.core;

/**
 * How the engagement cycle recognises a customer's thanks, for every analysis that counts gratitude (the
 * funnel's gratitude step, the gap matrix's accountability): one rule, so that the numbers agree.
 */
public final class Gratitude {
    /**
     * Words and emoji that say thank you, as a regular expression (DuckDB/RE2 syntax) matched on the lower-cased
     * text: thanks, thank you, thank u, thx, ty, appreciated, cheers, grateful, that worked, that fixed, did the
     * trick, sorted now, solved, 🙏, ❤️.
     */
    public static final String PATTERN = "(thanks|thank you|thank u|\\bthx\\b|\\bty\\b|appreciated?|cheers"
            + "|grateful|that worked|that fixed|did the trick|sorted now|solved|🙏|❤️)";

    private Gratitude() {
    }
}
