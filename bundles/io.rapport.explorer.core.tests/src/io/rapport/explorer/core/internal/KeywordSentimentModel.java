package io.rapport.explorer.core.internal;

import io.rapport.core.sentiment.SentimentModel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import java.util.Hashtable;
import java.util.Locale;

/**
 * A sentiment model registered by the test with a high ranking (so it is the active one), scoring a few
 * keywords: which interactions are negative or positive is obvious from the test data.
 */
final class KeywordSentimentModel implements SentimentModel, AutoCloseable {
    private final ServiceRegistration<SentimentModel> registration;

    KeywordSentimentModel() {
        BundleContext context = FrameworkUtil.getBundle(KeywordSentimentModel.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("rapport.sentiment.id", "explorer-keywords");
        props.put("rapport.sentiment.label", "Keywords (explorer test)");
        props.put("rapport.sentiment.version", "1");
        props.put(Constants.SERVICE_RANKING, 1000);
        registration = context.registerService(SentimentModel.class, this, props);
    }

    @Override
    public double score(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("broken") || t.contains("useless")) {
            return -0.6;
        }
        if (t.contains("thank") || t.contains("love")) {
            return 0.5;
        }
        return t.contains("meh") ? -0.04 : 0.0;
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
