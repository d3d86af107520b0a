package io.rapport.testsupport;

import io.rapport.core.sentiment.SentimentModel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A sentiment model registered by a test, as a partner registers theirs: a text scores the value of the first
 * of its keywords it contains (lower-cased), else 0, so that which interactions are negative is obvious from
 * the test data. With a high ranking it is the active model; close it to unregister.
 */
public final class KeywordSentimentModel implements SentimentModel, AutoCloseable {
    private final Map<String, Double> keywords;
    private final ServiceRegistration<SentimentModel> registration;

    private KeywordSentimentModel(BundleContext context, String id, String version, int ranking,
            Map<String, Double> keywords) {
        this.keywords = new LinkedHashMap<>(keywords);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("rapport.sentiment.id", id);
        props.put("rapport.sentiment.label", "Keywords (" + id + ", test)");
        props.put("rapport.sentiment.version", version);
        props.put(Constants.SERVICE_RANKING, ranking);
        registration = context.registerService(SentimentModel.class, this, props);
    }

    /**
     * Registers the model in the runtime of {@code testClass}'s bundle.
     *
     * @param keywords keyword → score, checked in the map's iteration order (use a {@code LinkedHashMap} or
     *                 {@code Map.of} with keywords that never occur together)
     */
    public static KeywordSentimentModel register(Class<?> testClass, String id, String version, int ranking,
            Map<String, Double> keywords) {
        return new KeywordSentimentModel(FrameworkUtil.getBundle(testClass).getBundleContext(), id, version, ranking,
                keywords);
    }

    @Override
    public double score(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Double> k : keywords.entrySet()) {
            if (t.contains(k.getKey())) {
                return k.getValue();
            }
        }
        return 0.0;
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
