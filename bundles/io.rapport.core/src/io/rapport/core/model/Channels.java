package io.rapport.core.model;

import java.util.List;

/**
 * The channel ids used everywhere (importers, store, metrics, command line).
 * Partners may introduce further ids; they must match {@link #isValidId(String)}.
 */
public final class Channels {
    public static final String X = "x";
    public static final String MASTODON = "mastodon";
    public static final String REDDIT = "reddit";
    public static final String FACEBOOK = "facebook";
    public static final String INSTAGRAM = "instagram";
    public static final String LINKEDIN = "linkedin";
    public static final String BLUESKY = "bluesky";
    public static final String GOOGLE_PLAY = "google-play";
    public static final String APP_STORE = "app-store";
    public static final String TRUSTPILOT = "trustpilot";
    public static final String ZENDESK = "zendesk";
    public static final String DISCOURSE = "discourse";
    /** Generic files (spreadsheets, hand-made exports). */
    public static final String CSV = "csv";

    /** The channels Rapport knows by name, in display order. */
    public static final List<String> KNOWN = List.of(X, MASTODON, REDDIT, FACEBOOK, INSTAGRAM, LINKEDIN, BLUESKY,
            GOOGLE_PLAY, APP_STORE, TRUSTPILOT, ZENDESK, DISCOURSE, CSV);


    private Channels() {
    }

    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > 40 || id.charAt(0) == '-') {
            return false; // [a-z0-9][a-z0-9-]{0,39}, checked by hand: importers call this for every record
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static boolean isKnown(String id) {
        return KNOWN.contains(id);
    }
}
