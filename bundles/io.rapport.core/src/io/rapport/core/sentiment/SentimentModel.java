package io.rapport.core.sentiment;

/**
 * Scores the polarity of a text: a DS service with {@link SentimentModelProperties}. The default model is
 * VADER (lexicon and rules); a partner registers another model as a service with its own id and the project
 * setting or a higher {@code service.ranking} selects it. Scores are stored per model key
 * ({@link #key(String, String) id@version}), so switching the model, or a new version of it, recomputes them.
 * Implementations must be thread-safe and must not keep state between calls.
 */
public interface SentimentModel {

    /** Threshold of the metric definitions: a compound score at or below it is negative. */
    double NEGATIVE_THRESHOLD = -0.05;

    /** Threshold above which a compound score is positive (the reference model's convention). */
    double POSITIVE_THRESHOLD = 0.05;

    /**
     * The compound polarity of {@code text}: −1 (most negative) .. 1 (most positive), 0 for neutral, empty
     * or {@code null} text.
     */
    double score(String text);

    /** The key under which a model's scores are stored. */
    static String key(String id, String version) {
        return id + "@" + version;
    }
}
