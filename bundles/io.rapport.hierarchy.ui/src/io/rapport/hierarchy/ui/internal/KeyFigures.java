package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.widgets.KpiTile;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import java.util.List;

/**
 * The key figures across the top: the engagement ratio and the share fully engaged, each next to the published
 * benchmarks; how many respondents were scored; and whether the levels form a scale in these data.
 */
final class KeyFigures {
    private final Composite panel;
    private final KpiTile ratio;
    private final KpiTile fullyEngaged;
    private final KpiTile scored;
    private final KpiTile reproducibility;

    KeyFigures(Composite parent, List<BenchmarkDistribution> benchmarks) {
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 10;
        panel.setLayout(layout);
        ratio = tile(HierarchyIds.ENGAGEMENT_RATIO, "Engagement ratio",
                "Fully engaged : actively disengaged respondents", benchmarks.stream().map(b -> new KpiTile.Reference(
                        b.label() + ": " + Texts.ratio(b.ratio()), b.source())).toList());
        fullyEngaged = tile(HierarchyIds.FULLY_ENGAGED, "Fully engaged",
                "Share of the scored respondents in the fully engaged segment", benchmarks.stream()
                        .map(b -> new KpiTile.Reference(b.label() + ": "
                                + Texts.percent(b.shares().get(Segment.FULLY_ENGAGED)), b.source()))
                        .toList());
        scored = tile(HierarchyIds.SCORED, "Scored respondents", "Respondents with a level and a segment; the others"
                + " left an item blank on a level their climb reached (the partial-response policy)", List.of());
        reproducibility = tile(HierarchyIds.REPRODUCIBILITY, "Reproducibility",
                "Guttman coefficient of reproducibility of the levels (" + Reproducibility.METHOD + "): do these data"
                        + " order the levels as the hierarchy does?",
                List.of(new KpiTile.Reference("A scale holds from " + Reproducibility.REPRODUCIBILITY_THRESHOLD
                        + " (scalability from " + Reproducibility.SCALABILITY_THRESHOLD + ")",
                        "Guttman's conventional thresholds")));
    }

    private KpiTile tile(String id, String title, String explanation, List<KpiTile.Reference> references) {
        KpiTile tile = new KpiTile(panel, id, title, explanation, references);
        tile.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return tile;
    }

    Composite control() {
        return panel;
    }

    /** Two tiles a row in a narrow view. */
    void columns(int n) {
        ((GridLayout) panel.getLayout()).numColumns = n;
    }

    void show(HierarchyReport r) {
        long disengaged = r.segments().get(Segment.ACTIVELY_DISENGAGED.ordinal()).count();
        long fully = r.segments().get(Segment.FULLY_ENGAGED.ordinal()).count();
        ratio.show(Texts.ratio(r.engagementRatio()), r.engagementRatio() == null
                ? "nobody is actively disengaged (" + Texts.count(fully) + " fully engaged)"
                : Texts.count(fully) + " fully engaged to " + Texts.count(disengaged) + " actively disengaged");
        fullyEngaged.show(Texts.percent(r.segments().get(Segment.FULLY_ENGAGED.ordinal()).share()),
                Texts.count(fully) + " of " + Texts.count(r.scored()) + " scored");
        scored.show(Texts.count(r.scored()), "of " + Texts.count(r.respondents()) + " respondents; "
                + Texts.count(r.notScored()) + " not scored");
        Reproducibility p = r.reproducibility();
        reproducibility.show(Texts.decimal(p.coefficient()), p.coefficient() == null
                ? "no respondent answered every level"
                : "scalability " + Texts.decimal(p.scalability()) + "; " + (p.holds() ? "the levels form a scale"
                        : "the levels do not form a scale here") + " (" + Texts.count(p.respondents())
                        + " complete patterns)");
    }

    void clear() {
        for (KpiTile t : List.of(ratio, fullyEngaged, scored, reproducibility)) {
            t.show(Texts.UNDEFINED, "");
        }
    }
}
