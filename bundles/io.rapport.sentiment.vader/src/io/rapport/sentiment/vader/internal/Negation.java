package io.rapport.sentiment.vader.internal;

import java.util.Set;

/**
 * Negation: a negator (the reference's NEGATE list, or any word containing "n't") up to three words before a
 * sentiment word flips and dampens it by the factor −0.74; "never so/this good" intensifies instead (×1.25),
 * "without doubt" leaves it alone, and "least" negates unless it is "at least" or "very least".
 */
final class Negation {
    static final double SCALAR = -0.74;
    static final double NEVER_SO_THIS = 1.25;

    private static final Set<String> NEGATORS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
            "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
            "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
            "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    private Negation() {
    }

    static boolean isNegator(String lowerCase) {
        return NEGATORS.contains(lowerCase) || lowerCase.contains("n't");
    }

    /**
     * The reference's {@code _negation_check}: applied once per preceding word position {@code distance} (0, 1, 2
     * = one, two, three words before the sentiment word at {@code i}).
     */
    static double check(double valence, SentiText text, int distance, int i) {
        switch (distance) {
            case 0 -> {
                if (isNegator(text.lower(i - 1))) {
                    return valence * SCALAR;
                }
            }
            case 1 -> {
                if (text.lower(i - 2).equals("never") && isSoOrThis(text.lower(i - 1))) {
                    return valence * NEVER_SO_THIS;
                } else if (text.lower(i - 2).equals("without") && text.lower(i - 1).equals("doubt")) {
                    return valence;
                } else if (isNegator(text.lower(i - 2))) {
                    return valence * SCALAR;
                }
            }
            case 2 -> {
                // as written in the reference: "never so/this" two words back, or "so/this" right before, intensifies
                if (text.lower(i - 3).equals("never") && isSoOrThis(text.lower(i - 2)) || isSoOrThis(text.lower(i - 1))) {
                    return valence * NEVER_SO_THIS;
                } else if (text.lower(i - 3).equals("without")
                        && (text.lower(i - 2).equals("doubt") || text.lower(i - 1).equals("doubt"))) {
                    return valence;
                } else if (isNegator(text.lower(i - 3))) {
                    return valence * SCALAR;
                }
            }
            default -> throw new IllegalArgumentException("distance " + distance);
        }
        return valence;
    }

    /**
     * The reference's {@code _least_check}: "least good" negates, "at least good" and "very least good" do not.
     * Applies only when the word before is not itself in the lexicon.
     */
    static double least(double valence, SentiText text, int i, Lexicon lexicon) {
        if (i > 0 && text.lower(i - 1).equals("least") && !lexicon.contains("least")) {
            if (i > 1) {
                String before = text.lower(i - 2);
                if (!before.equals("at") && !before.equals("very")) {
                    return valence * SCALAR;
                }
            } else {
                return valence * SCALAR;
            }
        }
        return valence;
    }

    /**
     * "no" before a lexicon word negates it: the word right after, two after, or three after when the one in
     * between is "or"/"nor" ("no good or bad").
     */
    static boolean negatedByNo(SentiText text, int i) {
        return i > 0 && text.lower(i - 1).equals("no")
                || i > 1 && text.lower(i - 2).equals("no")
                || i > 2 && text.lower(i - 3).equals("no") && (text.lower(i - 1).equals("or") || text.lower(i - 1).equals("nor"));
    }

    private static boolean isSoOrThis(String lowerCase) {
        return lowerCase.equals("so") || lowerCase.equals("this");
    }
}
