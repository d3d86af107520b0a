package io.rapport.explorer.core.internal;

import io.rapport.testsupport.KeywordSentimentModel;

import java.util.LinkedHashMap;
import java.util.Map;

/** The explorer tests' sentiment model: negative, positive and a barely negative (still neutral) keyword. */
final class ExplorerKeywords {
    private ExplorerKeywords() {
    }

    static KeywordSentimentModel register() {
        Map<String, Double> keywords = new LinkedHashMap<>();
        keywords.put("broken", -0.6);
        keywords.put("useless", -0.6);
        keywords.put("thank", 0.5);
        keywords.put("love", 0.5);
        keywords.put("meh", -0.04);
        return KeywordSentimentModel.register(ExplorerKeywords.class, "explorer-keywords", "1", 1000, keywords);
    }
}
