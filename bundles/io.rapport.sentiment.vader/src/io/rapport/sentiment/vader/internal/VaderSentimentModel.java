package io.rapport.sentiment.vader.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.core.sentiment.SentimentModelProperties;

import org.osgi.service.component.annotations.Component;

/**
 * The default sentiment model: VADER with its lexicon, scoring as the reference vaderSentiment 3.3.2 does. Each
 * component instance reads the bundled lexicon once, when DS creates it, and scores with it immutably.
 */
@Component(service = SentimentModel.class)
@SentimentModelProperties(id = "vader", label = "VADER (lexicon and rules)", version = "3.3.2")
public final class VaderSentimentModel implements SentimentModel {
    /** The lexicon inside this bundle (see {@code lexicon/PROVENANCE.md}). */
    static final String LEXICON = "/lexicon/vader_lexicon.txt";

    private final VaderAnalyzer analyzer;

    public VaderSentimentModel() {
        this(Lexicon.fromResource(VaderSentimentModel.class, LEXICON));
    }

    VaderSentimentModel(Lexicon lexicon) {
        this.analyzer = new VaderAnalyzer(lexicon);
    }

    @Override
    public double score(String text) {
        return analyzer.compound(text);
    }
}
