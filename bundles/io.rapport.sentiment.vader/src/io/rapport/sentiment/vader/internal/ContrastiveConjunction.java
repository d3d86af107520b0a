package io.rapport.sentiment.vader.internal;

/**
 * "but" shifts the weight of a sentence to what follows it: sentiments before the first "but" count half,
 * those after it one and a half.
 */
final class ContrastiveConjunction {
    static final double BEFORE = 0.5;
    static final double AFTER = 1.5;

    private ContrastiveConjunction() {
    }

    /**
     * Weighs {@code sentiments} (one per token of {@code text}) in place. Reproduces the reference's
     * {@code _but_check} exactly, including how it finds a sentiment's position: by its value
     * ({@code sentiments.index(sentiment)}), the first equal one. So when two tokens carry the same value, or one
     * already weighed equals a later one, the first is weighed again and the later one not at all; published
     * scores (e.g. 0.1027 for NYT editorial snippet 296_3 of the VADER paper's data) depend on it, and the
     * model's version promises the reference's scores.
     */
    static void weigh(SentiText text, double[] sentiments) {
        int but = -1;
        for (int i = 0; i < text.size(); i++) {
            if (text.lower(i).equals("but")) {
                but = i;
                break;
            }
        }
        if (but < 0) {
            return;
        }
        for (int k = 0; k < sentiments.length; k++) {
            double sentiment = sentiments[k];
            int at = firstIndexOf(sentiments, sentiment, k);
            if (at < but) {
                sentiments[at] = sentiment * BEFORE;
            } else if (at > but) {
                sentiments[at] = sentiment * AFTER;
            }
        }
    }

    /** The first position holding {@code value}; at the latest {@code k}, which holds it. */
    private static int firstIndexOf(double[] values, double value, int k) {
        for (int i = 0; i < k; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return k;
    }
}
