package io.rapport.cli.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.RespondersReport.DepartmentAnswers;
import io.rapport.cycle.core.RespondersReport.MonthAnswers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code rapport cycle}: the engagement-cycle funnel of community threads and who answers customers. */
final class CycleCommand implements Command {
    private final CliServices services;

    CycleCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "cycle";
    }

    @Override
    public String summary() {
        return "engagement cycle: question > answered > gratitude > reciprocation > sharing, and responders";
    }

    @Override
    public String help() {
        return """
                Usage: rapport cycle <project> [filters] [--core-team DEPT]... [--json]

                The engagement cycle of community threads (how many questions were answered, by us or by other
                customers, earned gratitude, were followed by the asker helping someone else, and by sharing;
                each step's detection rule is printed), and the responders: answers by department, and the
                share of answers by staff outside the core teams, per month.
                """ + AnalysisOptions.HELP + """
                  --core-team D   a department whose job answering is (default: marketing and support)
                  --json          {"funnel":[{"step":..,"label":..,"count":N,"share":R,"detection":..}],
                                   "responders":{"answers":N,"share_outside_core_teams":R,
                                   "by_department":[..],"by_month":[..]}}
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, AnalysisOptions.with(Set.of("--core-team")), Set.of("--json"));
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        AnalysisFilter filter = AnalysisOptions.filter(a);
        Set<String> coreTeams = a.values("--core-team").isEmpty() ? EngagementCycle.DEFAULT_CORE_TEAMS
                : new LinkedHashSet<>(a.values("--core-team").stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
        FunnelReport funnel;
        RespondersReport responders;
        try (ProjectStore store = services.projects().open(dir)) {
            ConsoleProgress progress = new ConsoleProgress(console.err());
            funnel = services.cycle().funnel(store, filter, progress);
            responders = services.cycle().responders(store, filter, coreTeams, progress);
        }
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> {
                g.writeArrayFieldStart("funnel");
                for (FunnelReport.Step s : funnel.steps()) {
                    g.writeStartObject();
                    g.writeStringField("step", s.id());
                    g.writeStringField("label", s.label());
                    g.writeNumberField("count", s.count());
                    MetricsCommand.number(g, "share", s.share());
                    g.writeStringField("detection", s.detection());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("responders");
                g.writeNumberField("answers", responders.answers());
                g.writeArrayFieldStart("core_teams");
                for (String t : responders.coreTeams().stream().sorted().toList()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                MetricsCommand.number(g, "share_outside_core_teams", responders.shareOutsideCoreTeams());
                g.writeArrayFieldStart("by_department");
                for (DepartmentAnswers d : responders.byDepartment()) {
                    g.writeStartObject();
                    g.writeStringField("department", d.department());
                    g.writeNumberField("answers", d.answers());
                    g.writeNumberField("responders", d.responders());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("by_month");
                for (MonthAnswers m : responders.byMonth()) {
                    g.writeStartObject();
                    g.writeStringField("month", m.month());
                    g.writeNumberField("answers", m.answers());
                    g.writeNumberField("outside_core_teams", m.outsideCoreTeams());
                    MetricsCommand.number(g, "share_outside_core_teams", m.shareOutsideCoreTeams());
                    g.writeNumberField("departments", m.departments());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            print(console.out(), funnel, responders);
        }
        return ExitCodes.OK;
    }

    private static void print(PrintStream out, FunnelReport funnel, RespondersReport responders) {
        out.println("Engagement cycle (community threads)");
        for (FunnelReport.Step s : funnel.steps()) {
            out.printf("  %-36s %,8d  %6s   %s%n", s.label(), s.count(), MetricsCommand.percent(s.share()),
                    s.detection());
        }
        out.printf("%nResponders: %,d answers, %s by staff outside %s%n", responders.answers(),
                MetricsCommand.percent(responders.shareOutsideCoreTeams()),
                String.join(" and ", responders.coreTeams().stream().sorted().toList()));
        for (DepartmentAnswers d : responders.byDepartment()) {
            out.printf("  %-28s %,8d answers by %,d%n", d.department(), d.answers(), d.responders());
        }
        out.println("  month      answers  outside core teams  departments");
        for (MonthAnswers m : responders.byMonth()) {
            out.printf("  %-8s %,9d  %18s  %11d%n", m.month(), m.answers(),
                    MetricsCommand.percent(m.shareOutsideCoreTeams()), m.departments());
        }
    }
}
