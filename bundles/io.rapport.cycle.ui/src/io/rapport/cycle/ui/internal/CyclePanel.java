package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.ui.internal.widgets.BarChart;
import io.rapport.cycle.ui.internal.widgets.CategoryChart;
import io.rapport.cycle.ui.internal.widgets.ChartPoint;
import io.rapport.cycle.ui.internal.widgets.LineChart;
import io.rapport.cycle.ui.internal.widgets.ValueAxis;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.widgets.Card;

import org.eclipse.swt.widgets.Composite;

import java.util.List;
import java.util.Locale;

/**
 * The engagement cycle beyond our own answers: the community funnel (question, answer, gratitude, reciprocation,
 * sharing; each step's detection rule as its tooltip), who in the organisation answers, and how much of the
 * answering happens outside the core teams over time.
 */
final class CyclePanel {
    private final Card funnelCard;
    private final Card departmentsCard;
    private final Card outsideCard;
    private final CategoryChart funnel;
    private final CategoryChart departments;
    private final CategoryChart outside;
    private DashboardData data;

    CyclePanel(Composite parent, Exporter exporter) {
        funnelCard = new Card(parent, "Community engagement cycle",
                "Questions that start a thread, and how far each got; hover a bar for how its step is detected");
        funnel = new BarChart(funnelCard.body(), true);
        departmentsCard = new Card(parent, "Who answers: answers by department",
                "Every reply of ours to an inbound interaction counts for its author's department");
        departments = new BarChart(departmentsCard.body(), true);
        outsideCard = new Card(parent, "Answers from outside " + coreTeams() + ", by month",
                "Engagement is everyone's job: the share of answers by staff of other departments");
        outside = new LineChart(outsideCard.body());
        ChartExports.add(exporter, funnelCard, funnel, "the community funnel", "funnel",
                () -> data == null ? null : CycleCsv.funnel(data.funnel()));
        ChartExports.add(exporter, departmentsCard, departments, "the answers by department", "answers-by-department",
                () -> data == null ? null : CycleCsv.respondersByDepartment(data.responders()));
        ChartExports.add(exporter, outsideCard, outside, "the answers from outside the core teams by month",
                "answers-outside-core-teams-by-month",
                () -> data == null ? null : CycleCsv.respondersByMonth(data.responders()));
    }

    List<Card> cards() {
        return List.of(funnelCard, departmentsCard, outsideCard);
    }

    void show(DashboardData shown) {
        data = shown;
        FunnelReport f = shown.funnel();
        funnel.show(f.steps().stream().map(s -> new ChartPoint(s.label(), s.count(),
                Formats.count(s.count()) + (s.share() == null || s.id().equals(FunnelReport.QUESTIONS) ? ""
                        : "  \u00b7  " + Formats.percent(s.share())),
                s.label() + ": " + s.detection())).toList(), ValueAxis.count("questions"));
        funnelCard.note(Formats.count(f.count(FunnelReport.QUESTIONS)) + " questions");

        RespondersReport r = shown.responders();
        departments.show(r.byDepartment().stream().map(d -> new ChartPoint(d.department(), d.answers(),
                Formats.count(d.answers()), d.department() + ": " + Formats.count(d.answers()) + " answers by "
                        + Formats.count(d.responders()) + (d.responders() == 1 ? " person or account"
                                : " people or accounts"))).toList(), ValueAxis.count("answers"));
        departmentsCard.note(Formats.count(r.answers()) + " answers");

        outside.show(r.byMonth().stream().filter(m -> m.shareOutsideCoreTeams() != null)
                .map(m -> new ChartPoint(m.month(), m.shareOutsideCoreTeams() * 100,
                        Formats.shortPercent(m.shareOutsideCoreTeams()),
                        m.month() + ": " + Formats.count(m.outsideCoreTeams()) + " of " + Formats.count(m.answers())
                                + " answers from outside " + coreTeams() + "; " + m.departments()
                                + " departments answered"))
                .toList(), ValueAxis.fitted("%", "0'%'"));
        outsideCard.note(r.shareOutsideCoreTeams() == null ? ""
                : "overall " + Formats.percent(r.shareOutsideCoreTeams()));
    }

    void clear() {
        data = null;
        for (CategoryChart chart : new CategoryChart[] {funnel, departments, outside}) {
            chart.show(List.of(), ValueAxis.count(""));
        }
        for (Card card : cards()) {
            card.note("");
        }
    }

    private static String coreTeams() {
        return String.join(" and ", io.rapport.cycle.core.EngagementCycle.DEFAULT_CORE_TEAMS.stream().sorted()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }
}
