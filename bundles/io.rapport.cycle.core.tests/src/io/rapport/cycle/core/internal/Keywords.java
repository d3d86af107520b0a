package io.rapport.cycle.core.internal;

import io.rapport.testsupport.KeywordSentimentModel;

import java.util.Map;

/** The cycle tests' sentiment model: "broken" and "useless" are negative, "thank" positive. */
final class Keywords {
    private Keywords() {
    }

    static KeywordSentimentModel keywords(String version, int ranking) {
        return KeywordSentimentModel.register(Keywords.class, "keywords", version, ranking,
                Map.of("broken", -0.6, "useless", -0.6, "thank", 0.5));
    }
}
