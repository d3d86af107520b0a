package org.example.rapport.slack.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.ProjectSession;
import io.rapport.cli.RapportCli;
import io.rapport.ui.common.widgets.WidgetNames;
import io.rapport.ui.testsupport.CliJson;
import io.rapport.ui.testsupport.ViewDriver;
import io.rapport.ui.testsupport.WorkbenchRun;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.example.rapport.slack.SlackExport;
import org.example.rapport.slack.ui.SlackChannelsIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The example extension installed into the real workbench: the hand-made Slack export (the headless tests'
 * fixture) is imported with the command line, whose {@code rapport gap --json} lists the example's indicator;
 * then the workbench's Show View list holds the Slack Channels view (category Examples), which opens and shows
 * the imported channels with the numbers the headless tests work out.
 */
class SlackChannelsUiTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private static Path export() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        return Path.of(repo, "bundles", "org.example.rapport.slack.tests", "fixtures", "own", "acme-slack");
    }

    @Test
    void theViewIsListedOpensAndShowsTheImportedChannels() throws Throwable {
        Path project = temp.resolve("acme");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RapportCli.run(List.of("new", project.toString(), "--name", "Acme", "--staff", "slack:jo:support",
                "--staff", "slack:sam:engineering", "--space", "slack:#acme-help"), new PrintStream(out, true,
                        StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        JsonNode imported = CliJson.of("import", project.toString(), export().toString(), "--strict", "--json");
        assertEquals(10, imported.get("imported").asInt(), imported.toString());
        JsonNode gap = CliJson.of("gap", project.toString(), "--json");
        JsonNode indicator = null;
        for (JsonNode i : gap.get("indicators")) {
            if (i.get("id").asText().equals(SlackExport.THREADS_ANSWERED)) {
                indicator = i;
            }
        }
        assertTrue(indicator != null, "rapport gap --json lists the example's indicator: " + gap.get("indicators"));
        JsonNode slack = null;
        for (JsonNode c : indicator.get("channels")) {
            if (c.get("channel").asText().equals(SlackExport.CHANNEL)) {
                slack = c;
            }
        }
        assertTrue(slack != null, indicator.toString());
        assertEquals(50.0, slack.get("value").asDouble(), 1e-9, slack.toString());

        WorkbenchRun.run(project, run -> {
            ProjectSession session = run.workbench().getApplication().getContext().get(ProjectSession.class);
            assertTrue(run.waitUntil(TIMEOUT, () -> session.overview().isPresent()), "the project is open");
            MPartDescriptor descriptor = run.workbench().getApplication().getDescriptors().stream()
                    .filter(d -> d.getElementId().equals(SlackChannelsIds.PART)).findFirst()
                    .orElseThrow(() -> new AssertionError("Show View does not list the Slack Channels view"));
            assertEquals("Slack Channels", descriptor.getLabel());
            assertEquals("Examples", descriptor.getCategory());

            MPart part = run.showView(SlackChannelsIds.PART);
            ViewDriver v = new ViewDriver(run, (Composite) part.getWidget());
            v.waitReady();
            Table table = v.named(SlackChannelsIds.TABLE, Table.class);
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(String.join(" | ", cells));
            }
            assertEquals(List.of("#acme-help | 8 | 3 | 4 | 75 % (3 of 4)", "#general | 2 | 1 | 0 | \u2013"), rows);
            System.out.println("slack channels: screenshot " + run.screenshot("slack-channels"));

            session.close();
            assertTrue(run.waitUntil(TIMEOUT, () -> WidgetNames.STATE_NO_PROJECT.equals(v.state())), v.status());
            assertEquals(0, table.getItemCount());
        });
    }
}
