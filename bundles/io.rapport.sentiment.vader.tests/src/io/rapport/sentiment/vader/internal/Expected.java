package io.rapport.sentiment.vader.internal;

/** Expected compound scores computed from a sum of valences, as the model does after applying the rules. */
final class Expected {
    private Expected() {
    }

    static double compound(double sum) {
        return VaderAnalyzer.roundLikePython(VaderAnalyzer.normalize(sum));
    }
}
