package io.rapport.sentiment.vader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.sentiment.SentimentModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The model as the rest of Rapport finds it: a DS service with its typed properties. */
class VaderSentimentModelServiceTest {
    private static final long TIMEOUT_MS = 20_000;
    private static ServiceTracker<SentimentModel, SentimentModel> tracker;

    @BeforeAll
    static void track() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(VaderSentimentModelServiceTest.class).getBundleContext();
        assertNotNull(context, "the bundle is started");
        tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + SentimentModel.class.getName() + ")(rapport.sentiment.id=vader))"),
                null);
        tracker.open();
        assertNotNull(tracker.waitForService(TIMEOUT_MS), "the VADER model is registered");
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void isRegisteredWithItsTypedProperties() {
        ServiceReference<SentimentModel> ref = tracker.getServiceReference();
        assertEquals("vader", ref.getProperty("rapport.sentiment.id"));
        assertEquals("VADER (lexicon and rules)", ref.getProperty("rapport.sentiment.label"));
        assertEquals("3.3.2", ref.getProperty("rapport.sentiment.version"));
        assertEquals("io.rapport.sentiment.vader", ref.getBundle().getSymbolicName());
        assertEquals(1, tracker.getServiceReferences().length);
    }

    @Test
    void theServiceScoresWithTheBundledLexicon() {
        SentimentModel model = tracker.getService();
        assertTrue(model instanceof VaderSentimentModel);
        assertEquals(0.4404, model.score("The book was good."), Scores.FOUR_DECIMALS);
        assertEquals(-0.5461, model.score("Today SUX!"), Scores.FOUR_DECIMALS);
        assertTrue(model.score("Still no signal after three days, this is useless") <= SentimentModel.NEGATIVE_THRESHOLD);
        assertTrue(model.score("Thanks, that fixed it!") >= SentimentModel.POSITIVE_THRESHOLD);
    }
}
