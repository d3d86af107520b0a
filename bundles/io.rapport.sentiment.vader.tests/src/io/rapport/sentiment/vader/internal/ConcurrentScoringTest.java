package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.MODEL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

/** One model instance scores from many threads at once with the results of one thread. */
class ConcurrentScoringTest {
    private static final String[] TEXTS = { "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
            "The plot was good, but the characters are uncompelling and the dialog is not great.",
            "Today only kinda sux! But I'll get by, lol", "Make sure you :) or :D today!", "Not bad at all",
            "Still no signal after three days, this is useless \uD83D\uDE22", "Thanks, that fixed it! \u2764\uFE0F" };

    @Test
    void parallelScoresEqualSequentialOnes() {
        int n = 20_000;
        double[] sequential = IntStream.range(0, n).mapToDouble(i -> MODEL.score(TEXTS[i % TEXTS.length])).toArray();
        double[] parallel = IntStream.range(0, n).parallel().mapToDouble(i -> MODEL.score(TEXTS[i % TEXTS.length])).toArray();
        assertArrayEquals(sequential, parallel);
    }
}
