package io.rapport.sentiment.vader.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Degree adverbs: boosters ("very", "extremely", "uber") add to the intensity of the sentiment word they precede,
 * dampeners ("kind of", "barely", "sorta") take from it; the empirically derived step is 0.293. A booster in ALL
 * CAPS among words that are not adds the caps emphasis too.
 */
final class Boosters {
    static final double INCREMENT = 0.293;
    static final double DECREMENT = -0.293;

    private static final Map<String, Double> SCALARS = scalars();

    private Boosters() {
    }

    private static Map<String, Double> scalars() {
        Map<String, Double> m = new HashMap<>();
        for (String w : new String[] { "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
                "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
                "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
                "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly",
                "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
                "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total",
                "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly",
                "very" }) {
            m.put(w, INCREMENT);
        }
        for (String w : new String[] { "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
                "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
                "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of" }) {
            m.put(w, DECREMENT);
        }
        return Map.copyOf(m);
    }

    static boolean isBooster(String lowerCase) {
        return SCALARS.containsKey(lowerCase);
    }

    /** The step of a multi-word booster such as "kind of", 0 for anything else. */
    static double step(String lowerCase) {
        return SCALARS.getOrDefault(lowerCase, 0.0);
    }

    /**
     * What {@code word} (as written, and in lower case) before a sentiment word adds to {@code valence}: its step
     * in the direction of the valence, plus the caps emphasis when it stands out in ALL CAPS; 0 for other words.
     */
    static double scalar(String word, String lowerCase, double valence, boolean capsDifferential) {
        Double step = SCALARS.get(lowerCase);
        if (step == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -step : step;
        if (capsDifferential && PythonText.isUpper(word)) {
            scalar += valence > 0 ? Emphasis.ALL_CAPS : -Emphasis.ALL_CAPS;
        }
        return scalar;
    }
}
