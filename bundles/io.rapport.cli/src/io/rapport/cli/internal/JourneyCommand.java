package io.rapport.cli.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;
import io.rapport.journey.core.ModelInputException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code rapport journey}: where the organisation stands on a maturity model, attestations, and the history. */
final class JourneyCommand implements Command {
    private final CliServices services;
    private final Clock clock = Clock.systemUTC();

    JourneyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "journey";
    }

    @Override
    public String summary() {
        return "the stage on the Social Engagement Journey (or another maturity model) per dimension, and the next steps";
    }

    @Override
    public String help() {
        return """
                Usage: rapport journey <project> [--model ID|FILE] [--as-of DATE] [--save] [--json]
                       rapport journey <project> attest <criterion> yes|no [--note TEXT] [--who NAME] [--model ..]
                       rapport journey <project> withdraw <criterion> [--model ..]
                       rapport journey <project> history [--model ..] [--json]

                Places the organisation on a maturity model (README, "Journey map"): evidence criteria are
                measured from the project's data over the 90 days up to the day assessed, attestations are the
                analyst's answers kept in the project. A dimension's stage is the highest stage whose criteria and
                every lower stage's are met; the overall stage is the lowest of the dimensions'. Then the unmet
                criteria between the overall stage and the next, each with its value and target.
                  --model ID|FILE  an installed model (default social-engagement-journey; also
                                   altimeter-six-stages) or a model file (JSON)
                  --as-of DATE     the day assessed (YYYY-MM-DD, UTC; default today)
                  --save           keep the assessment in the project as a dated snapshot (see history)
                  --note, --who    with attest: a note and who answers (default the user name)
                  --json           {"model":{..},"as_of":..,"rule":..,"overall":{"id","label","position"},
                                    "next":{..}|null,"dimensions":[{"id","label","stage":{..},"next":{..},
                                    "criteria":[{"id","dimension","stage","label","kind":"evidence|attestation",
                                    "status":"met|not_met|unknown","indicator"|"question","value","target",
                                    "basis","answer":{"yes","note","who","when"}|null}]}],"next_steps":[..]}
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--model", "--as-of", "--note", "--who"), Set.of("--save",
                "--json"));
        List<String> p = a.positional();
        if (p.isEmpty()) {
            throw new UsageException("missing <project> directory");
        }
        Path dir = Path.of(p.get(0));
        String action = p.size() > 1 ? p.get(1) : "assess";
        JourneyMap journey = services.journey();
        JourneyModel model = model(journey, a.value("--model"));
        try (ProjectStore store = services.projects().open(dir)) {
            switch (action) {
                case "assess" -> {
                    expect(p, 1);
                    LocalDate asOf = a.value("--as-of") == null ? LocalDate.now(clock)
                            : AnalysisOptions.date(a, "--as-of");
                    JourneyAssessment assessment = journey.assess(store, model, asOf,
                            new ConsoleProgress(console.err()));
                    if (a.flag("--save")) {
                        journey.saveSnapshot(store, assessment);
                        console.err().println("kept the assessment of " + asOf + " in the project");
                    }
                    if (a.flag("--json")) {
                        JsonOutput.print(console.out(), g -> JourneyJson.write(g, model, assessment));
                    } else {
                        print(console.out(), model, assessment);
                    }
                }
                case "attest" -> {
                    expect(p, 4);
                    String answer = p.get(3);
                    if (!answer.equals("yes") && !answer.equals("no")) {
                        throw new UsageException("answer yes or no, not '" + answer + "'");
                    }
                    String who = a.value("--who") != null ? a.value("--who") : System.getProperty("user.name");
                    try {
                        journey.attest(store, model, new AttestationAnswer(p.get(2), answer.equals("yes"),
                                a.value("--note"), who, clock.instant()));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(e.getMessage());
                    }
                    console.err().println("kept: " + p.get(2) + " = " + answer + " (" + who + ")");
                }
                case "withdraw" -> {
                    expect(p, 3);
                    journey.withdraw(store, model, p.get(2));
                    console.err().println("withdrawn: " + p.get(2));
                }
                case "history" -> {
                    expect(p, 2);
                    List<JourneySnapshot> snapshots = journey.snapshots(store, model);
                    if (a.flag("--json")) {
                        JsonOutput.print(console.out(), g -> JourneyJson.history(g, model, snapshots));
                    } else {
                        snapshots.forEach(s -> console.out().println(s.asOf() + "  " + label(model, s.overall())
                                + "  " + s.stages()));
                    }
                }
                default -> throw new UsageException("expected attest, withdraw or history after the project, not '"
                        + action + "'");
            }
        }
        return ExitCodes.OK;
    }

    private static void expect(List<String> positional, int size) throws UsageException {
        if (positional.size() < size) {
            throw new UsageException("missing argument after '" + positional.get(positional.size() - 1) + "'");
        }
        if (positional.size() > size) {
            throw new UsageException("unexpected argument '" + positional.get(size) + "'");
        }
    }

    private static JourneyModel model(JourneyMap journey, String value) throws UsageException {
        if (value == null) {
            return journey.model(JourneyMap.DEFAULT_MODEL).orElseThrow(() -> new UsageException(
                    "the Social Engagement Journey model is not installed"));
        }
        if (journey.model(value).isPresent()) {
            return journey.model(value).get();
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no model '" + value + "' (installed: " + String.join(", ",
                    journey.models().stream().map(JourneyModel::id).toList()) + "), and no such file");
        }
        try {
            return journey.readModel(file);
        } catch (ModelInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String label(JourneyModel model, String stage) {
        return model.stages().get(Math.max(0, model.position(stage))).label();
    }

    private static void print(PrintStream out, JourneyModel model, JourneyAssessment a) {
        out.printf("%s as of %s: %s (stage %d of %d; %s)%n%n", model.label(), a.asOf(), a.overall().label(),
                model.position(a.overall().id()) + 1, model.stages().size(), JourneyAssessment.OVERALL_RULE);
        StringBuilder head = new StringBuilder(String.format("%-32s", ""));
        model.stages().forEach(s -> head.append(String.format(" %-14s", clip(s.label(), 14))));
        out.println(head);
        for (DimensionResult d : a.dimensions()) {
            StringBuilder line = new StringBuilder(String.format("%-32s", clip(d.dimension().label(), 32)));
            int reached = model.position(d.stage().id());
            for (int i = 0; i < model.stages().size(); i++) {
                line.append(String.format(" %-14s", i <= reached ? "\u25a0" : "\u25a1"));
            }
            out.println(line);
        }
        out.println();
        if (a.next() == null) {
            out.println("Every stage is reached.");
            return;
        }
        out.println("To reach " + a.next().label() + ":");
        for (CriterionResult c : a.nextSteps()) {
            out.printf("  [%s] %s: %s%n      now: %s; target: %s%n", c.criterion().dimension(), c.criterion().id(),
                    c.criterion().label(), c.criterion().isEvidence() ? value(c) : c.basis(), c.target());
        }
    }

    private static String value(CriterionResult c) {
        return c.value() == null ? c.basis() : String.format("%.2f (%s)", c.value(), c.basis());
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
