package io.rapport.sentiment.vader.internal;

import java.util.Map;

/**
 * Idioms and special cases around a sentiment word whose meaning is not the sum of their words ("the shit" and
 * "the bomb" are good, "yeah right" is not, "bus stop" is neutral): the idiom's valence replaces the word's.
 * Multi-word dampeners ("kind of", "sort of", "just enough") in the three words before are added here too.
 */
final class Idioms {
    private static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private Idioms() {
    }

    /**
     * The reference's {@code _special_idioms_check} for the sentiment word at {@code i} (at least the fourth
     * word): the first idiom ending at or just before the word, then one starting at it, replaces its valence.
     */
    static double check(double valence, SentiText text, int i) {
        String w0 = text.lower(i);
        String w1 = text.lower(i - 1);
        String w2 = text.lower(i - 2);
        String w3 = text.lower(i - 3);
        String threeTwoOne = w3 + ' ' + w2 + ' ' + w1;
        String threeTwo = w3 + ' ' + w2;
        String twoOne = w2 + ' ' + w1;
        for (String sequence : new String[] { w1 + ' ' + w0, w2 + ' ' + w1 + ' ' + w0, twoOne, threeTwoOne, threeTwo }) {
            Double special = SPECIAL_CASES.get(sequence);
            if (special != null) {
                valence = special;
                break;
            }
        }
        int last = text.size() - 1;
        if (last > i) {
            Double special = SPECIAL_CASES.get(w0 + ' ' + text.lower(i + 1));
            if (special != null) {
                valence = special;
            }
        }
        if (last > i + 1) {
            Double special = SPECIAL_CASES.get(w0 + ' ' + text.lower(i + 1) + ' ' + text.lower(i + 2));
            if (special != null) {
                valence = special;
            }
        }
        for (String nGram : new String[] { threeTwoOne, threeTwo, twoOne }) {
            valence += Boosters.step(nGram);
        }
        return valence;
    }
}
