package io.rapport.hierarchy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.ProjectSession;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.ui.internal.ImportDialogCheck;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.widgets.WidgetNames;
import io.rapport.ui.testsupport.ViewDriver;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the real workbench on a freshly written sample project, opens the Engagement Hierarchy through Show View
 * and checks what an analyst sees against {@code rapport score <project> --json} run beforehand through the
 * command line's entry point: the key figures, the levels and the segments as their cards export them, the
 * breakdown by region, the respondents (pages, segment filters and the CSV of all of them), another rule, the
 * pyramid as a PNG; the mapping step of Import Survey on an export with renamed columns; then edits the instrument (an invalid top box is refused with its reason, a new name is saved
 * to the project) and closes the project. Saves a screenshot to target/screenshots.
 */
class HierarchyViewUiTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double EPS = 1e-12;

    @TempDir
    Path temp;

    @Test
    void viewShowsTheScoresOfTheCommandLineAndEditsTheInstrument() throws Throwable {
        Path sample = temp.resolve("sample");
        Widgets.service(SampleProjects.class).create(sample, new NullProgressMonitor()).close();
        JsonNode cumulative = ExpectedScore.of(sample, "--by", "region");
        JsonNode topBox = ExpectedScore.of(sample, "--rule", "top-box-share", "--by", "region");
        Path exports = Files.createDirectories(temp.resolve("exports"));

        WorkbenchRun.run(sample, run -> {
            run.workbench().getApplication().getContext().set(ExportFiles.class,
                    (shell, title, name, extension) -> Optional.of(exports.resolve(name)));
            ProjectSession session = run.workbench().getApplication().getContext().get(ProjectSession.class);
            assertTrue(run.waitUntil(TIMEOUT, () -> session.overview().isPresent()), "the workbench opened the project");
            Composite view = (Composite) run.showView(HierarchyIds.PART).getWidget();
            ViewDriver v = new ViewDriver(run, view);
            v.waitReady();

            assertEquals(cumulative.get("rule").get("label").asText(), v.named(HierarchyIds.RULE, Combo.class)
                    .getText(), "the default rule is picked");
            keyFiguresAre(v, cumulative);
            levelsAre(v, exports, cumulative);
            segmentsAre(v, exports, cumulative);
            breakdownIs(v, exports, cumulative);
            respondentsAre(v, exports, cumulative);
            pyramidSavesAsPng(v, exports);

            v.pick(HierarchyIds.RULE, topBox.get("rule").get("label").asText());
            v.waitReady();
            keyFiguresAre(v, topBox);
            segmentsAre(v, exports, topBox);

            importDialogMapsRenamedColumns(run, view, session, temp);
            instrumentEditorRefusesAnInvalidTopBoxAndSavesANewName(v, session, cumulative);
            Widgets.find(view, ScrolledComposite.class).setOrigin(0, 0);
            System.out.println("hierarchy: screenshot " + run.screenshot("hierarchy"));

            session.close();
            assertTrue(run.waitUntil(TIMEOUT, () -> WidgetNames.STATE_NO_PROJECT.equals(v.state())), v.status());
            assertEquals(0, v.named(HierarchyIds.RESPONDENTS, Table.class).getItemCount());
        });
    }

    private static void keyFiguresAre(ViewDriver v, JsonNode score) {
        assertEquals(ratio(score.get("engagement_ratio")), v.text(HierarchyIds.ENGAGEMENT_RATIO));
        assertEquals(percent(ExpectedScore.segmentNode(score, "fully_engaged").get("share").asDouble()),
                v.text(HierarchyIds.FULLY_ENGAGED));
        assertEquals(String.format(Locale.getDefault(Locale.Category.FORMAT), "%,d", score.get("scored").asLong()),
                v.text(HierarchyIds.SCORED));
        assertEquals(String.format(Locale.getDefault(Locale.Category.FORMAT), "%.3f",
                score.get("reproducibility").get("coefficient").asDouble()), v.text(HierarchyIds.REPRODUCIBILITY));
    }

    private static void levelsAre(ViewDriver v, Path exports, JsonNode score) throws Exception {
        List<Map<String, String>> rows = v.exportCsv(HierarchyIds.PYRAMID_CSV, exports, "hierarchy-levels.csv");
        JsonNode levels = score.get("levels");
        assertEquals(levels.size(), rows.size(), "one row per level");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            JsonNode level = levels.get(i);
            assertEquals(level.get("id").asText(), row.get("id"));
            for (String count : List.of("position", "scored", "passed", "reached_at_least", "reached_exactly",
                    "passed_above_failure")) {
                assertEquals(level.get(count).asLong(), Long.parseLong(row.get(count)), level.get("id") + " " + count);
            }
            for (String share : List.of("pass_rate", "reached_share")) {
                assertEquals(level.get(share).asDouble(), Double.parseDouble(row.get(share)), EPS,
                        level.get("id") + " " + share);
            }
            assertEquals(level.get("out_of_order").asBoolean(), Boolean.parseBoolean(row.get("out_of_order")));
        }
    }

    private static void segmentsAre(ViewDriver v, Path exports, JsonNode score) throws Exception {
        List<Map<String, String>> rows = v.exportCsv(HierarchyIds.SEGMENTS_CSV, exports, "hierarchy-segments.csv");
        assertEquals(4, rows.size());
        for (Map<String, String> row : rows) {
            JsonNode expected = ExpectedScore.segmentNode(score, row.get("segment"));
            assertEquals(expected.get("count").asLong(), Long.parseLong(row.get("count")), row.get("segment"));
            assertEquals(expected.get("share").asDouble(), Double.parseDouble(row.get("share")), EPS);
            for (JsonNode b : score.get("benchmarks")) {
                assertEquals(b.get("shares").get(row.get("segment")).asDouble(),
                        Double.parseDouble(row.get(b.get("id").asText() + "_share")), EPS, "benchmark " + b.get("id"));
            }
        }
    }

    private static void breakdownIs(ViewDriver v, Path exports, JsonNode score) throws Exception {
        v.pick(HierarchyIds.BREAKDOWN_ATTRIBUTE, "region");
        v.waitReady();
        JsonNode groups = score.get("breakdown").get("groups");
        assertEquals(groups.size(), v.named(HierarchyIds.BREAKDOWN, Table.class).getItemCount());
        List<Map<String, String>> rows = v.exportCsv(HierarchyIds.BREAKDOWN_CSV, exports, "hierarchy-breakdown.csv");
        assertEquals(groups.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode g = groups.get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(g.get("value").isNull() ? "" : g.get("value").asText(), row.get("region"));
            assertEquals(g.get("respondents").asLong(), Long.parseLong(row.get("respondents")));
            assertEquals(g.get("not_scored").asLong(), Long.parseLong(row.get("not_scored")));
            for (JsonNode s : g.get("segments")) {
                assertEquals(s.get("count").asLong(), Long.parseLong(row.get(s.get("segment").asText())),
                        g.get("value") + " " + s.get("segment"));
            }
            assertEquals(g.get("small").asBoolean(), Boolean.parseBoolean(row.get("small")));
        }
    }

    private static void respondentsAre(ViewDriver v, Path exports, JsonNode score) throws Exception {
        long respondents = score.get("respondents").asLong();
        assertTrue(respondents > 200, "the sample has more respondents than a page: " + respondents);
        waitShown(v, "Respondents 1\u2013200 of " + count(respondents));
        assertEquals(200, v.named(HierarchyIds.RESPONDENTS, Table.class).getItemCount());
        v.press(HierarchyIds.RESPONDENTS_NEXT);
        waitShown(v, "Respondents 201\u2013400 of " + count(respondents));

        v.pick(HierarchyIds.RESPONDENTS_SEGMENT, "Fully engaged");
        long fully = ExpectedScore.segment(score, "fully_engaged");
        waitShown(v, "Respondents 1\u2013" + count(Math.min(200, fully)) + " of " + count(fully));
        Table table = v.named(HierarchyIds.RESPONDENTS, Table.class);
        for (int i = 0; i < table.getItemCount(); i++) {
            assertEquals("Fully engaged", table.getItem(i).getText(3), "row " + i + " segment");
        }
        v.pick(HierarchyIds.RESPONDENTS_SEGMENT, "Not scored");
        long notScored = score.get("not_scored").asLong();
        waitShown(v, notScored == 0 ? "No respondent matches"
                : "Respondents 1\u2013" + count(Math.min(200, notScored)) + " of " + count(notScored));
        v.pick(HierarchyIds.RESPONDENTS_SEGMENT, "All respondents");
        waitShown(v, "Respondents 1\u2013200 of " + count(respondents));

        List<Map<String, String>> all = v.exportCsv(HierarchyIds.RESPONDENTS_CSV, exports, "respondents.csv");
        assertEquals(respondents, all.size(), "every respondent, not only the page");
        Map<String, Long> bySegment = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : all) {
            bySegment.merge(row.get("segment").isEmpty() ? "not_scored" : row.get("segment"), 1L, Long::sum);
            ids.add(row.get("respondent_id"));
        }
        assertEquals(respondents, ids.size(), "no respondent twice");
        for (String segment : List.of("fully_engaged", "engaged", "not_engaged", "actively_disengaged")) {
            assertEquals(ExpectedScore.segment(score, segment), bySegment.getOrDefault(segment, 0L), segment);
        }
        assertEquals(notScored, bySegment.getOrDefault("not_scored", 0L));
    }

    private static void pyramidSavesAsPng(ViewDriver v, Path exports) throws Exception {
        Path file = v.exportFile(HierarchyIds.PYRAMID_PNG, exports, "hierarchy-pyramid.png");
        ImageData image = new ImageLoader().load(file.toString())[0];
        Canvas pyramid = v.named(HierarchyIds.PYRAMID, Canvas.class);
        assertEquals(pyramid.getSize().x, image.width);
        assertEquals(pyramid.getSize().y, image.height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 3) {
            for (int x = 0; x < image.width; x += 3) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 3, "the picture has the pyramid drawn in it, not a blank: " + colours.size());
    }

    /** A survey tool's export of three respondents with the id and the first item's columns named its own way. */
    private static void importDialogMapsRenamedColumns(WorkbenchRun run, Composite view, ProjectSession session,
            Path temp) throws Exception {
        InstrumentFile instrument = Widgets.service(SurveyImporter.class).instrument(session.store().orElseThrow())
                .orElseThrow();
        List<String> items = instrument.instrument().items().stream().map(i -> i.id()).toList();
        StringBuilder csv = new StringBuilder("Response ID,Q1 (overall)");
        items.subList(1, items.size()).forEach(i -> csv.append(',').append(i));
        for (int r = 1; r <= 3; r++) {
            csv.append("\nX-").append(r);
            items.forEach(i -> csv.append(",5"));
        }
        Path export = Files.writeString(temp.resolve("survey-tool-export.csv"), csv + "\n");
        ImportDialogCheck.mappingStepMakesARenamedExportImportable(run, view.getShell(),
                Widgets.service(SurveyImporter.class), instrument, export, items.get(0));
    }

    private static void instrumentEditorRefusesAnInvalidTopBoxAndSavesANewName(ViewDriver v, ProjectSession session,
            JsonNode score) throws Exception {
        Text name = v.named(HierarchyIds.INSTRUMENT_NAME, Text.class);
        assertEquals(score.get("instrument").asText(), name.getText());
        Button save = v.named(HierarchyIds.INSTRUMENT_SAVE, Button.class);
        assertFalse(save.getEnabled(), "nothing to save yet");

        Spinner topBox = v.named(HierarchyIds.INSTRUMENT_TOP_BOX, Spinner.class);
        topBox.setSelection(7);
        topBox.notifyListeners(SWT.Modify, new Event());
        String problem = v.text(HierarchyIds.INSTRUMENT_PROBLEM);
        assertTrue(problem.contains("top_box") || problem.contains("top box"), problem);
        assertFalse(save.getEnabled(), "an invalid instrument cannot be saved");
        v.press(HierarchyIds.INSTRUMENT_REVERT);
        assertEquals(5, topBox.getSelection());

        String renamed = "Nimbalo engagement survey (renamed in the editor)";
        name.setText(renamed);
        name.notifyListeners(SWT.Modify, new Event());
        assertTrue(save.getEnabled(), "a valid change can be saved: " + v.text(HierarchyIds.INSTRUMENT_PROBLEM));
        v.press(HierarchyIds.INSTRUMENT_SAVE);
        assertTrue(v.run().waitUntil(TIMEOUT, () -> v.status().startsWith("Saved the instrument")), v.status());
        v.waitReady();
        assertEquals(renamed, Widgets.service(SurveyImporter.class).instrument(session.store().orElseThrow())
                .orElseThrow().instrument().name(), "the project holds the renamed instrument");
        assertEquals(renamed, name.getText());
        assertFalse(save.getEnabled(), "saved");
    }

    private static String ratio(JsonNode value) {
        return value.isNull() ? "\u2013" : String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f : 1",
                value.asDouble());
    }

    private static String percent(double share) {
        return String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f %%", share * 100);
    }

    private static String count(long n) {
        return String.format(Locale.getDefault(Locale.Category.FORMAT), "%,d", n);
    }

    private static void waitShown(ViewDriver v, String text) {
        assertTrue(v.run().waitUntil(TIMEOUT, () -> text.equals(v.text(HierarchyIds.RESPONDENTS_SHOWN))),
                "respondents shown: " + v.text(HierarchyIds.RESPONDENTS_SHOWN) + ", expected " + text);
    }
}
