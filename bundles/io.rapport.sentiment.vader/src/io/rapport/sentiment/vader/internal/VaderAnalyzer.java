package io.rapport.sentiment.vader.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VADER (Hutto &amp; Gilbert, ICWSM 2014) as the reference vaderSentiment 3.3.2 computes its compound score: each
 * token's lexicon valence, adjusted by the rules of the words around it, summed, emphasised by punctuation and
 * normalised to −1..1. Immutable and thread-safe: all state of a call is local to it.
 */
public final class VaderAnalyzer {
    /** Approximates the maximum expected sum: the normalisation is {@code sum / sqrt(sum² + 15)}. */
    static final double ALPHA = 15;

    private final Lexicon lexicon;
    private final EmojiDescriber emoji = new EmojiDescriber();

    public VaderAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The compound score, rounded to four decimals as the reference returns it; 0 for null or empty text. */
    public double compound(String text) {
        if (text == null || text.isEmpty()) {
            return 0.0;
        }
        String described = emoji.describe(text);
        SentiText words = SentiText.of(described);
        if (words.size() == 0) {
            return 0.0;
        }
        double[] sentiments = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String lower = words.lower(i);
            // a booster, or "kind" of "kind of", carries no sentiment of its own: it modifies the next word
            boolean modifier = Boosters.isBooster(lower)
                    || lower.equals("kind") && i < words.size() - 1 && words.lower(i + 1).equals("of");
            sentiments[i] = modifier ? 0.0 : valence(words, i);
        }
        ContrastiveConjunction.weigh(words, sentiments);
        double sum = 0;
        for (double s : sentiments) {
            sum += s;
        }
        double emphasis = Emphasis.punctuation(described);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        return roundLikePython(normalize(sum));
    }

    /** The valence of the token at {@code i} after the rules about the words around it; 0 outside the lexicon. */
    private double valence(SentiText words, int i) {
        Double listed = lexicon.valence(words.lower(i));
        if (listed == null) {
            return 0.0;
        }
        double valence = listed;
        if (words.lower(i).equals("no") && i != words.size() - 1 && lexicon.contains(words.lower(i + 1))) {
            // "no" before a lexicon word negates that word instead of counting as negative itself
            valence = 0.0;
        }
        if (Negation.negatedByNo(words, i)) {
            valence = listed * Negation.SCALAR;
        }
        if (words.isCapsDifferential() && PythonText.isUpper(words.token(i))) {
            valence = Emphasis.allCaps(valence);
        }
        for (int distance = 0; distance < 3; distance++) {
            int before = i - (distance + 1);
            if (before >= 0 && !lexicon.contains(words.lower(before))) {
                double scalar = Boosters.scalar(words.token(before), words.lower(before), valence, words.isCapsDifferential());
                // boosters further away count less
                if (distance == 1) {
                    scalar *= 0.95;
                } else if (distance == 2) {
                    scalar *= 0.9;
                }
                valence += scalar;
                valence = Negation.check(valence, words, distance, i);
                if (distance == 2) {
                    valence = Idioms.check(valence, words, i);
                }
            }
        }
        return Negation.least(valence, words, i, lexicon);
    }

    static double normalize(double sum) {
        double score = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1.0, Math.min(1.0, score));
    }

    /** Python's {@code round(x, 4)}: the exact binary value rounded half-to-even. */
    static double roundLikePython(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
