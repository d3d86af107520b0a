package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.ui.DashboardIds;
import io.rapport.ui.common.widgets.KpiTile;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** The four key figures of DESIGN.md §3, each next to the published figures of §1.2. */
final class KpiPanel {
    private final Composite area;
    private final KpiTile rate;
    private final KpiTile median;
    private final KpiTile p90;
    private final KpiTile unansweredNegative;

    KpiPanel(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        rate = tile(DashboardIds.RESPONSE_RATE, "Response rate",
                "Addressed interactions that got a response from us (our accounts or staff)",
                PublishedReferences.responseRate());
        median = tile(DashboardIds.MEDIAN_FIRST_RESPONSE, "Median first response",
                "Half of the answered interactions got their first response within this time",
                PublishedReferences.medianFirstResponse());
        p90 = tile(DashboardIds.P90_FIRST_RESPONSE, "p90 first response",
                "Nine in ten answered interactions got their first response within this time",
                PublishedReferences.p90FirstResponse());
        unansweredNegative = tile(DashboardIds.UNANSWERED_NEGATIVE_SHARE, "Unanswered negative share",
                "Negative interactions addressed to us (sentiment score \u2264 \u22120.05 or a rating \u2264 2) "
                        + "that got no response",
                PublishedReferences.unansweredNegativeShare());
    }

    Composite control() {
        return area;
    }

    /** Four tiles in a row, or two by two when the view is narrow. */
    void columns(int count) {
        ((GridLayout) area.getLayout()).numColumns = count;
    }

    void show(ResponseMetrics total) {
        rate.show(Formats.percent(total.responseRate()),
                Formats.count(total.responded()) + " of " + Formats.count(total.addressed()) + " addressed answered");
        median.show(Formats.duration(total.medianMinutes()), "over " + Formats.count(total.responded()) + " responses");
        p90.show(Formats.duration(total.p90Minutes()), "over " + Formats.count(total.responded()) + " responses");
        unansweredNegative.show(Formats.percent(total.unansweredNegativeShare()),
                Formats.count(total.negativeUnanswered()) + " of " + Formats.count(total.negativeAddressed())
                        + " negative addressed");
        area.layout(true, true);
    }

    void clear() {
        for (KpiTile tile : new KpiTile[] {rate, median, p90, unansweredNegative}) {
            tile.show(Formats.UNDEFINED, "");
        }
    }

    private KpiTile tile(String id, String title, String explanation,
            java.util.List<KpiTile.Reference> references) {
        KpiTile tile = new KpiTile(area, id, title, explanation, references);
        tile.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return tile;
    }
}
