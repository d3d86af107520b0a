package io.rapport.cli.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rapport score}: imports a survey if given, then places its respondents on the engagement hierarchy. */
final class ScoreCommand implements Command {
    /** Rejected rows listed on stderr; all kept ones are in --json. */
    private static final int ERRORS_SHOWN = 20;
    static final String DEMO = "demo";
    private final CliServices services;

    ScoreCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String summary() {
        return "engagement hierarchy: import a survey, segments, ratio, levels, Guttman scale, advocacy";
    }

    @Override
    public String help() {
        return """
                Usage: rapport score <project> [--instrument FILE|demo] [--responses FILE] [--sheet NAME]
                                     [--mapping FILE] [--replace] [--strict] [--rule ID] [--by ATTRIBUTE] [--json]
                       rapport score --print-demo-instrument

                Places the project's survey respondents on the engagement hierarchy (rational loyalty, then
                confidence, integrity, pride, passion: cumulative, only top-box answers count as strong
                agreement): the segments next to the published world-class and average distributions, the
                engagement ratio, per-level pass rates, whether the levels form a Guttman scale (reproducibility
                and scalability, levels out of order), a breakdown, and the advocacy of respondents linked by
                their social handle, by segment. With --instrument or --responses the survey is imported first,
                in one transaction; without them, what the project holds is scored.

                Rapport ships none of Gallup's licensed CE11 wording, and its rules are its own, openly
                documented in the README, not Gallup's: load your own instrument file (JSON, see the README).
                  --instrument F  the instrument (JSON); 'demo' for Rapport's openly worded demo instrument
                  --responses F   the responses (an .xlsx workbook, or CSV or TSV in UTF-8 or UTF-16 with a
                                  byte-order mark; .xls and .ods: save as .xlsx or CSV first): a respondent
                                  id column, one column per item id, optional handle (channel:handle) and
                                  attribute columns. A respondent already in the project is replaced by the file's
                                  row; a bad row is rejected with its row number and reason (stderr), the valid
                                  rows are kept
                  --sheet NAME    the sheet of an .xlsx workbook to read (default: the first visible sheet)
                  --mapping F     JSON: column name -> item id, respondent_id, handle, handle_channel, ignore or
                                  attribute:NAME, for columns named otherwise; "sheet": NAME chooses the sheet
                  --replace       remove every stored respondent first (a new survey)
                  --strict        import nothing if any row is rejected (exit code 3)
                  --rule ID       cumulative (default: every item of a level at the top box), top-box-share, or
                                  mean-thresholds; a level passes under the rule, the level reached is the highest
                                  such that it and every level below pass
                  --by ATTRIBUTE  break the segments down by an attribute column (region, product, ...)
                  --json          {"respondents":N,"scored":N,"segments":[..],"engagement_ratio":R,"levels":[..],
                                  "reproducibility":{..},"breakdown":{..},"advocacy":{..},"benchmarks":[..]}
                  --print-demo-instrument  print the demo instrument's JSON, to start your own from it
                Exit codes: 0 scored, 2 usage, a missing or unusable file, no survey, an unknown rule or
                attribute, 3 rows rejected with --strict (nothing imported), 4 project open elsewhere.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--instrument", "--responses", "--sheet", "--mapping", "--rule",
                "--by"),
                Set.of("--json", "--strict", "--replace", "--print-demo-instrument"));
        SurveyImporter importer = services.surveys();
        if (a.flag("--print-demo-instrument")) {
            if (!a.positional().isEmpty()) {
                throw new UsageException("--print-demo-instrument takes no project");
            }
            console.out().print(importer.demoInstrument().definition());
            return ExitCodes.OK;
        }
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        Path responses = a.value("--responses") == null ? null : Path.of(a.value("--responses"));
        if (a.value("--mapping") != null && responses == null) {
            throw new UsageException("--mapping describes the columns of --responses FILE, which is missing");
        }
        if (a.value("--sheet") != null && responses == null) {
            throw new UsageException("--sheet chooses a sheet of --responses FILE, which is missing");
        }
        if (a.flag("--strict") && responses == null) {
            throw new UsageException("--strict applies to --responses FILE, which is missing");
        }
        String instrumentArg = a.value("--instrument");
        InstrumentFile instrument = instrumentArg == null ? null
                : instrumentArg.equals(DEMO) ? importer.demoInstrument() : importer.readInstrument(Path.of(instrumentArg));
        ResponseMapping mapping = a.value("--mapping") == null ? ResponseMapping.none()
                : importer.readMapping(Path.of(a.value("--mapping")));
        mapping = mapping.withSheet(a.value("--sheet"));
        ConsoleProgress progress = new ConsoleProgress(console.err());
        SurveyImportReport imported = null;
        HierarchyReport report;
        try (ProjectStore store = services.projects().open(dir)) {
            if (instrument != null || responses != null || a.flag("--replace")) {
                if (instrument == null && importer.instrument(store).isEmpty()) {
                    throw new UsageException("project " + store.settings().name() + " has no instrument yet: give it"
                            + " with --instrument FILE (or --instrument demo)");
                }
                imported = importer.importSurvey(store, new SurveyImportRequest(instrument, responses, mapping,
                        a.flag("--replace"), a.flag("--strict")), progress);
                if (!a.flag("--json")) {
                    ScoreOutput.printImport(console.out(), imported);
                }
                printRejections(console, imported);
                if (!imported.committed()) {
                    if (a.flag("--json")) {
                        SurveyImportReport refused = imported;
                        JsonOutput.print(console.out(), g -> ScoreJson.writeImport(g, refused));
                    }
                    console.err().println("rapport score: --strict: " + imported.responses().rejected()
                            + " row(s) rejected, nothing was imported");
                    return ExitCodes.REJECTED;
                }
            } else if (importer.instrument(store).isEmpty()) {
                throw new UsageException("project " + store.settings().name() + " has no survey yet: import one with"
                        + " --instrument FILE --responses FILE");
            }
            report = services.hierarchy().score(store, new ScoreRequest(a.value("--rule"), a.value("--by"), true),
                    progress);
        } finally {
            progress.done();
        }
        if (a.flag("--json")) {
            SurveyImportReport done = imported;
            JsonOutput.print(console.out(), g -> ScoreJson.write(g, report, done));
        } else {
            ScoreOutput.print(console.out(), report);
        }
        return ExitCodes.OK;
    }

    private static void printRejections(Console console, SurveyImportReport report) {
        SurveyImportReport.Responses r = report.responses();
        if (r == null) {
            return;
        }
        r.errors().stream().limit(ERRORS_SHOWN).forEach(e -> console.err().println(r.file() + ":" + e.line() + ": "
                + e.reason()));
        if (r.rejected() > ERRORS_SHOWN) {
            console.err().println(r.file() + ": ... " + (r.rejected() - ERRORS_SHOWN)
                    + " more rejected row(s) (all kept ones with --json)");
        }
        for (RecordError note : r.notes().stream().limit(ERRORS_SHOWN).toList()) {
            console.err().println(r.file() + ":" + note.line() + ": note: " + note.reason());
        }
    }
}
