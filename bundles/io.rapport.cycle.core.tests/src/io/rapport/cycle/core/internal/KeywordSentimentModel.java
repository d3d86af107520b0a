package io.rapport.cycle.core.internal;

import io.rapport.core.sentiment.SentimentModel;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import java.util.Hashtable;
import java.util.Locale;

/**
 * A partner's sentiment model as a test registers it: a few keywords, so that which interactions are negative
 * is obvious from the test data. Registered with a high ranking, it is the active model.
 */
final class KeywordSentimentModel implements SentimentModel, AutoCloseable {
    private final ServiceRegistration<SentimentModel> registration;

    KeywordSentimentModel(String version, int ranking) {
        BundleContext context = FrameworkUtil.getBundle(KeywordSentimentModel.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("rapport.sentiment.id", "keywords");
        props.put("rapport.sentiment.label", "Keywords (test)");
        props.put("rapport.sentiment.version", version);
        props.put(Constants.SERVICE_RANKING, ranking);
        registration = context.registerService(SentimentModel.class, this, props);
    }

    @Override
    public double score(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("broken") || t.contains("useless")) {
            return -0.6;
        }
        return t.contains("thank") ? 0.5 : 0.0;
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
