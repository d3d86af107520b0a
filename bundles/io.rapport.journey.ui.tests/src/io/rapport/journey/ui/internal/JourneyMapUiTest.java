package io.rapport.journey.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.ProjectSession;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.ui.JourneyIds;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.widgets.WidgetNames;
import io.rapport.ui.testsupport.CsvRecords;
import io.rapport.ui.testsupport.CliJson;
import io.rapport.ui.testsupport.ViewDriver;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the real workbench on a freshly written sample project, opens the Journey Map through Show View and
 * checks what an analyst sees against {@code rapport journey <project> --as-of DAY --json} run beforehand: the
 * overall stage, every dimension's stage (read from the one-page HTML summary the view saves), the next steps;
 * the Altimeter model; then answers an attestation in place (kept in the project, the criterion met), undoes and
 * redoes it, keeps a snapshot that the history lists, and saves the map as PNG. Saves a screenshot.
 */
class JourneyMapUiTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final LocalDate DAY = LocalDate.parse("2026-10-31");
    private static final Pattern CELL = Pattern.compile(
            "data-dimension=\"([^\"]+)\" data-stage=\"([^\"]+)\" data-reached=\"(true|false)\"");

    @TempDir
    Path temp;

    private static JsonNode journeyJson(Path project, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("journey", project.toString(), "--as-of", DAY.toString(),
                "--json"));
        args.addAll(List.of(options));
        return CliJson.of(args.toArray(String[]::new));
    }

    @Test
    void theMapShowsTheCommandLinesAssessmentAndAttestationsAreEditedInPlace() throws Throwable {
        Path sample = temp.resolve("sample");
        Widgets.service(SampleProjects.class).create(sample, new NullProgressMonitor()).close();
        JsonNode sej = journeyJson(sample);
        JsonNode altimeter = journeyJson(sample, "--model", "altimeter-six-stages");
        Path exports = Files.createDirectories(temp.resolve("exports"));

        WorkbenchRun.run(sample, run -> {
            run.workbench().getApplication().getContext().set(ExportFiles.class,
                    (shell, title, name, extension) -> Optional.of(exports.resolve(name)));
            ProjectSession session = run.workbench().getApplication().getContext().get(ProjectSession.class);
            assertTrue(run.waitUntil(TIMEOUT, () -> session.overview().isPresent()), "the project is open");
            MPart part = run.showView(JourneyIds.PART);
            Composite root = (Composite) part.getWidget();
            ViewDriver v = new ViewDriver(run, root);
            v.waitReady();
            day(v, DAY);
            v.waitReady();

            mapIs(v, exports, sej);
            v.pick(JourneyIds.MODEL, altimeter.get("model").get("label").asText());
            v.waitReady();
            mapIs(v, exports, altimeter);
            v.pick(JourneyIds.MODEL, sej.get("model").get("label").asText());
            v.waitReady();

            attestationIsEditedInPlaceAndUndone(v, (JourneyPart) part.getObject(), session);
            snapshotIsKeptAndListed(v, exports);

            Path png = v.exportFile(JourneyIds.MAP_PNG, exports, "journey-map.png");
            ImageData image = new ImageLoader().load(png.toString())[0];
            assertEquals(v.named(JourneyIds.MAP, Canvas.class).getSize().x, image.width);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.height; y += 3) {
                for (int x = 0; x < image.width; x += 3) {
                    colours.add(image.getPixel(x, y));
                }
            }
            assertTrue(colours.size() > 3, "the map is drawn in the picture");
            Widgets.find(root, ScrolledComposite.class).setOrigin(0, 0);
            System.out.println("journey: screenshot " + run.screenshot("journey"));

            session.close();
            assertTrue(run.waitUntil(TIMEOUT, () -> WidgetNames.STATE_NO_PROJECT.equals(v.state())), v.status());
        });
    }

    /** The overall stage, each dimension's stage as the HTML summary marks it, and the next steps. */
    private static void mapIs(ViewDriver v, Path exports, JsonNode expected) throws Exception {
        assertEquals(expected.get("overall").get("label").asText(), v.text(JourneyIds.OVERALL));
        String html = Files.readString(v.exportFile(JourneyIds.HTML_SUMMARY, exports, "journey-summary.html"));
        assertTrue(html.contains("data-stage=\"" + expected.get("overall").get("id").asText() + "\""), "overall");
        for (JsonNode d : expected.get("dimensions")) {
            int reached = d.get("stage").get("position").asInt();
            Matcher m = CELL.matcher(html);
            int cells = 0;
            while (m.find()) {
                if (m.group(1).equals(d.get("id").asText())) {
                    cells++;
                    // positions are 1-based in the JSON; the cells come in stage order
                    assertEquals(cells <= reached, Boolean.parseBoolean(m.group(3)), d.get("id") + " " + m.group(2));
                }
            }
            assertTrue(cells > 0, "the summary has the cells of " + d.get("id"));
        }
        List<String> expectedSteps = new ArrayList<>();
        expected.get("next_steps").forEach(s -> expectedSteps.add(s.get("label").asText()));
        Table steps = v.named(JourneyIds.NEXT_STEPS, Table.class);
        List<String> shown = new ArrayList<>();
        for (TableItem item : steps.getItems()) {
            shown.add(item.getText(1));
        }
        assertEquals(expectedSteps, shown, "next steps");
    }

    private static void attestationIsEditedInPlaceAndUndone(ViewDriver v, JourneyPart part, ProjectSession session)
            throws Exception {
        // answers count from their day: assess as of today
        day(v, LocalDate.now(ZoneOffset.UTC));
        v.waitReady();
        JourneyView page = part.view();
        page.select("strategy", "operational");
        CriterionResult policy = criterion(v, "strategy-policy");
        assertEquals("not attested", Texts.value(policy));

        page.criteria().answer(policy, 1, "published on the intranet");
        assertTrue(v.run().waitUntil(TIMEOUT, () -> "yes".equals(Texts.value(criterion(v, "strategy-policy")))),
                "the answer shows in the table");
        v.waitReady();
        CriterionResult answered = criterion(v, "strategy-policy");
        assertTrue(answered.met());
        assertEquals("published on the intranet", answered.answer().note());
        JourneyMap journey = Widgets.service(JourneyMap.class);
        JourneyModel model = journey.model(JourneyMap.DEFAULT_MODEL).orElseThrow();
        assertTrue(journey.attestations(session.store().orElseThrow(), model).get("strategy-policy").yes(),
                "kept in the project");

        assertTrue(v.named(JourneyIds.UNDO, Button.class).getEnabled());
        v.press(JourneyIds.UNDO);
        assertTrue(v.run().waitUntil(TIMEOUT,
                () -> "not attested".equals(Texts.value(criterion(v, "strategy-policy")))), "undone");
        assertFalse(journey.attestations(session.store().orElseThrow(), model).containsKey("strategy-policy"));
        v.press(JourneyIds.REDO);
        assertTrue(v.run().waitUntil(TIMEOUT, () -> "yes".equals(Texts.value(criterion(v, "strategy-policy")))),
                "redone");
        v.waitReady();
    }

    private static void snapshotIsKeptAndListed(ViewDriver v, Path exports) throws Exception {
        String overall = v.text(JourneyIds.OVERALL);
        v.press(JourneyIds.SAVE_SNAPSHOT);
        assertTrue(v.run().waitUntil(TIMEOUT, () -> v.status().startsWith("Kept the assessment")), v.status());
        v.waitReady();
        Path csv = v.exportFile(JourneyIds.HISTORY_CSV, exports, "journey-history.csv");
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv).replace("\uFEFF", ""));
        assertEquals(2, rows.size(), "a header and the one snapshot: " + rows);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), rows.get(1).get(0));
        JourneyModel model = Widgets.service(JourneyMap.class).model(JourneyMap.DEFAULT_MODEL).orElseThrow();
        assertEquals(overall, model.stages().get(model.position(rows.get(1).get(2))).label());
    }

    private static void day(ViewDriver v, LocalDate day) {
        v.date(JourneyIds.AS_OF, day);
    }

    /** The row of the criteria table for a criterion (the table shows the selected cell's). */
    private static CriterionResult criterion(ViewDriver v, String id) {
        for (TableItem item : v.named(JourneyIds.CRITERIA, Table.class).getItems()) {
            CriterionResult r = (CriterionResult) item.getData();
            if (r.criterion().id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("the criteria table shows no " + id);
    }
}
