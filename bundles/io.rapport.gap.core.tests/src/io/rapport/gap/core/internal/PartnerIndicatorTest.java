package io.rapport.gap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

/** An indicator a partner installs at runtime is listed, can be bound, and is measured with the others. */
class PartnerIndicatorTest {
    private static final RapportServices SERVICES = RapportServices.forTest(PartnerIndicatorTest.class);

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    /** A partner's indicator as SQL over the gap facts. */
    private record PartnerIndicator(String formula, String basis, String counted) implements GapIndicator {
    }

    /** The share of inbound interactions that are not negative. */
    private static final PartnerIndicator CALM = new PartnerIndicator(
            "100 × inbound interactions that are not negative / inbound interactions", "f.direction = 'inbound'",
            "NOT f.negative");
    /** A partner's mistake: SQL that does not run. */
    private static final PartnerIndicator BROKEN = new PartnerIndicator("test", "TRUE", "f.no_such_column");

    private static ServiceRegistration<GapIndicator> register(GapIndicator indicator, String id) {
        BundleContext context = FrameworkUtil.getBundle(PartnerIndicatorTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("rapport.gap.indicator.id", id);
        props.put("rapport.gap.indicator.label", "Partner " + id);
        props.put("rapport.gap.indicator.version", "7");
        return context.registerService(GapIndicator.class, indicator, props);
    }

    @Test
    void aPartnerIndicatorAppearsCanBeBoundAndIsMeasured(@TempDir Path dir) throws Exception {
        EngagementGap gap = SERVICES.get(EngagementGap.class);
        ServiceRegistration<GapIndicator> calm = register(CALM, "calm");
        ServiceRegistration<GapIndicator> broken = register(BROKEN, "broken-partner");
        try (KeywordSentimentModel model = HandMadeProject.keywords();
                ProjectStore store = HandMadeProject.create(SERVICES, dir)) {
            GapIndicatorDescriptor descriptor = gap.indicators().stream().filter(d -> d.id().equals("calm"))
                    .findFirst().orElseThrow();
            assertEquals(new GapIndicatorDescriptor("calm", "Partner calm", "7", CALM.formula()), descriptor);
            GapModel m = gap.defaults().bind("trust", List.of("calm")).after()
                    .bind("choice", List.of("broken-partner")).after();
            gap.save(store, m);
            GapReport report = gap.report(store, gap.model(store), null, new NullProgressMonitor());
            ExpectationGap trust = report.rows().stream().filter(r -> r.expectation().id().equals("trust"))
                    .findFirst().orElseThrow();
            // X in January: inbound c1 c1t c2 c3 c4 i1 i2 z4 z5, negative c1 c2 c3 c4: 5 of 9 are calm;
            // reddit: p1 and p2, p2 negative: 1 of 2
            assertEquals(100 * 5 / 9.0, trust.cells().get(1).performance(), 1e-9);
            assertEquals(50.0, trust.cells().get(0).performance(), 1e-9);
            assertEquals((0.6 * (80 - 500 / 9.0) * 9 + 0.6 * 30 * 2) / 11, trust.gap(), 1e-9);
            ExpectationGap choice = report.rows().stream().filter(r -> r.expectation().id().equals("choice"))
                    .findFirst().orElseThrow();
            assertNull(choice.gap(), "the broken indicator measures nothing");
            assertTrue(choice.notes().get(0).startsWith("the indicator 'broken-partner' failed: "),
                    choice.notes().get(0));
            IndicatorResult failed = report.indicators().stream()
                    .filter(i -> i.indicator().id().equals("broken-partner")).findFirst().orElseThrow();
            assertTrue(failed.failure().contains("no_such_column"), failed.failure());
            assertEquals(100 * 6 / 9.0, report.rows().stream()
                    .filter(r -> r.expectation().id().equals("two-way-communication")).findFirst().orElseThrow()
                    .cells().get(1).performance(), 1e-9, "the others are measured all the same");
        } finally {
            calm.unregister();
            broken.unregister();
        }
        assertTrue(gap.indicators().stream().noneMatch(d -> d.id().equals("calm")), "uninstalled: gone");
    }
}
