package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.testsupport.XlsxWriter;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code rapport score} as a user runs it: on the sample project, and importing a survey of one's own. */
class ScoreCommandTest {
    private static final Cli CLI = new Cli();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPS = 1e-9;
    @TempDir
    static Path tmp;
    private static Path sample;

    @BeforeAll
    static void sampleProject() {
        sample = tmp.resolve("sample");
        Cli.Result r = CLI.run("sample", sample.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @AfterAll
    static void close() {
        CLI.close();
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void theSampleSurveyIsScoredWithTheDemoInstrumentAsDocumented() throws Exception {
        JsonNode s = json(CLI.run("score", sample.toString(), "--json"));
        assertEquals("Rapport demo engagement instrument", s.get("instrument").asText());
        assertEquals("cumulative", s.get("rule").get("id").asText());
        assertTrue(s.get("rule").get("description").asText().contains("not Gallup's"));
        assertEquals(400, s.get("respondents").asLong());
        assertEquals(s.get("respondents").asLong(), s.get("scored").asLong() + s.get("not_scored").asLong());
        assertTrue(s.get("not_scored").asLong() > 0 && s.get("not_scored").asLong() < 40,
                "a few blank answers stop a climb: " + s.get("not_scored"));
        assertEquals(List.of("fully_engaged", "engaged", "not_engaged", "actively_disengaged"),
                texts(s.get("segments"), "segment"));
        double shares = 0;
        long counted = 0;
        for (JsonNode seg : s.get("segments")) {
            assertTrue(seg.get("count").asLong() > 0, "every segment has members: " + seg);
            shares += seg.get("share").asDouble();
            counted += seg.get("count").asLong();
        }
        assertEquals(1.0, shares, EPS);
        assertEquals(s.get("scored").asLong(), counted);
        assertEquals(s.get("segments").get(0).get("count").asDouble() / s.get("segments").get(3).get("count").asLong(),
                s.get("engagement_ratio").asDouble(), EPS);
        assertEquals(List.of("rational", "confidence", "integrity", "pride", "passion"), texts(s.get("levels"), "id"));
        JsonNode base = s.get("levels").get(0);
        assertEquals(base.get("passed").asDouble() / base.get("scored").asLong(), base.get("pass_rate").asDouble(), EPS);
        long previous = Long.MAX_VALUE;
        for (JsonNode level : s.get("levels")) {
            assertTrue(level.get("reached_at_least").asLong() <= previous, "reaching is cumulative");
            previous = level.get("reached_at_least").asLong();
        }
        JsonNode g = s.get("reproducibility");
        assertTrue(g.get("coefficient").asDouble() > 0.5 && g.get("coefficient").asDouble() <= 1, g.toString());
        assertTrue(g.has("scalability") && g.has("holds") && g.get("method").asText().contains("Goodenough"));
        assertTrue(s.get("breakdown").isNull());
        assertEquals(List.of("world-class", "average"), texts(s.get("benchmarks"), "id"));
        assertEquals(0.48, s.get("benchmarks").get(0).get("shares").get("fully_engaged").asDouble(), EPS);

        // the sample's linked respondents: the engaged advocate more than the actively disengaged
        JsonNode advocacy = s.get("advocacy").get("by_segment");
        long linked = 0;
        for (JsonNode row : advocacy) {
            linked += row.get("linked").asLong();
        }
        assertTrue(linked > 100, "about half the sample's respondents are linked: " + linked);
        JsonNode fully = advocacy.get(0);
        JsonNode disengaged = advocacy.get(3);
        assertTrue(fully.get("positive_share").asDouble() > disengaged.get("positive_share").asDouble(),
                fully + " / " + disengaged);
        assertTrue(fully.get("negative_share").asDouble() < disengaged.get("negative_share").asDouble(),
                fully + " / " + disengaged);

        // the same numbers as the service's
        HierarchyReport expected;
        try (ProjectStore store = CLI.service(ProjectStoreProvider.class).open(sample)) {
            expected = CLI.service(EngagementHierarchy.class).score(store, ScoreRequest.defaults(),
                    new NullProgressMonitor());
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(expected.segments().get(i).count(), s.get("segments").get(i).get("count").asLong());
        }
        assertEquals(expected.reproducibility().errors(), g.get("errors").asLong());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void eachRuleAndABreakdownThatAddsUp() throws Exception {
        long previousFully = -1;
        for (String rule : List.of("cumulative", "top-box-share", "mean-thresholds")) {
            JsonNode s = json(CLI.run("score", sample.toString(), "--rule", rule, "--by", "region", "--json"));
            assertEquals(rule, s.get("rule").get("id").asText());
            long fully = s.get("segments").get(0).get("count").asLong();
            assertTrue(fully > previousFully, "each rule is more lenient than the one before on the sample: " + rule);
            previousFully = fully;
            JsonNode b = s.get("breakdown");
            assertEquals("region", b.get("attribute").asText());
            long scored = 0;
            long notScored = 0;
            for (JsonNode group : b.get("groups")) {
                scored += group.get("respondents").asLong();
                notScored += group.get("not_scored").asLong();
                assertEquals(group.get("respondents").asLong() < 30, group.get("small").asBoolean(), group.toString());
            }
            assertEquals(s.get("scored").asLong(), scored);
            assertEquals(s.get("not_scored").asLong(), notScored);
        }
    }

    @Test
    void theHumanReportShowsSegmentsNextToTheBenchmarksAndSaysWhoseRulesTheseAre() {
        Cli.Result r = CLI.run("score", sample.toString(), "--by", "product");
        assertEquals(0, r.exitCode(), r.err());
        for (String expected : List.of("Fully engaged", "Actively disengaged", "world-class", "average",
                "Engagement ratio (fully engaged : actively disengaged)", "Guttman scale", "By product:",
                "Advocacy of linked respondents", "none of Gallup's licensed CE11 wording", "5 Passion")) {
            assertTrue(r.out().contains(expected), expected + " in:\n" + r.out());
        }
    }

    @Test
    void importingASurveyReportsBadRowsAndKeepsTheValidOnes() throws Exception {
        Path project = tmp.resolve("own");
        assertEquals(0, CLI.run("new", project.toString(), "--name", "Own").exitCode());
        Path csv = tmp.resolve("answers.csv");
        Files.writeString(csv, """
                Response ID,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Where
                a1,5,5,5,5,5,5,5,5,5,5,5,North
                a2,5,5,5,5,5,5,5,5,5,5,9,North
                a3,1,2,1,2,1,2,1,2,1,2,1,South
                a3,1,1,1,1,1,1,1,1,1,1,1,South
                """, StandardCharsets.UTF_8);
        Path mapping = tmp.resolve("mapping.json");
        Files.writeString(mapping, """
                {"Response ID": "respondent_id", "Q1": "r1", "Q2": "r2", "Q3": "r3", "Q4": "c1", "Q5": "c2",
                 "Q6": "i1", "Q7": "i2", "Q8": "p1", "Q9": "p2", "Q10": "pa1", "Q11": "pa2",
                 "Where": "attribute:region"}
                """);
        Cli.Result strict = CLI.run("score", project.toString(), "--instrument", "demo", "--responses", csv.toString(),
                "--mapping", mapping.toString(), "--strict");
        assertEquals(3, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains(csv + ":3: pa2: 9 is outside the scale 1–5"), strict.err());
        assertTrue(strict.err().contains(csv + ":5: respondent a3 is already on row 4"), strict.err());
        assertTrue(strict.err().contains("nothing was imported"), strict.err());
        Cli.Result noSurvey = CLI.run("score", project.toString());
        assertEquals(2, noSurvey.exitCode(), "--strict left the project without a survey: " + noSurvey.err());
        assertTrue(noSurvey.err().contains("has no survey yet"), noSurvey.err());

        JsonNode s = json(CLI.run("score", project.toString(), "--instrument", "demo", "--responses", csv.toString(),
                "--mapping", mapping.toString(), "--by", "region", "--json"));
        JsonNode imported = s.get("import").get("responses");
        assertEquals(4, imported.get("rows").asLong());
        assertEquals(2, imported.get("added").asLong());
        assertEquals(2, imported.get("rejected").asLong());
        assertEquals(List.of("3", "5"), texts(imported.get("errors"), "row"));
        assertEquals(2, s.get("respondents").asLong());
        assertEquals(1, s.get("segments").get(0).get("count").asLong(), "a1: top box throughout");
        assertEquals(1, s.get("segments").get(3).get("count").asLong(), "a3: base mean 4/3, below 3");
        assertEquals(1.0, s.get("engagement_ratio").asDouble(), EPS);
        assertTrue(s.get("breakdown").get("groups").get(0).get("small").asBoolean());

        Cli.Result again = CLI.run("score", project.toString(), "--responses", csv.toString(), "--mapping",
                mapping.toString(), "--json");
        JsonNode reimport = JSON.readTree(again.out()).get("import").get("responses");
        assertEquals(0, reimport.get("added").asLong(), "the project's instrument is used; nobody is added twice");
        assertEquals(2, reimport.get("replaced").asLong());
    }

    @Test
    void aSheetOfAnXlsxWorkbookChosenByNameIsImportedWithTheSheetsRowNumbers() throws Exception {
        Path project = tmp.resolve("workbook");
        assertEquals(0, CLI.run("new", project.toString(), "--name", "Workbook").exitCode());
        Path xlsx = tmp.resolve("answers.xlsx");
        try (XlsxWriter w = new XlsxWriter(xlsx, true)) {
            w.sheet("Notes").row("Exported from the survey tool");
            w.sheet("Wave 2").row("Response ID", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11",
                    "Where");
            w.row("a1", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, XlsxWriter.number("4.9999999999999991"), "North");
            w.row("a2", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, "North");
            w.row("a3", 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, "South");
            w.row("a3", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "South");
        }
        Path mapping = tmp.resolve("workbook-mapping.json");
        Files.writeString(mapping, """
                {"Response ID": "respondent_id", "Q1": "r1", "Q2": "r2", "Q3": "r3", "Q4": "c1", "Q5": "c2",
                 "Q6": "i1", "Q7": "i2", "Q8": "p1", "Q9": "p2", "Q10": "pa1", "Q11": "pa2",
                 "Where": "attribute:region"}
                """);
        Cli.Result unknown = CLI.run("score", project.toString(), "--instrument", "demo", "--responses",
                xlsx.toString(), "--sheet", "Wave 3", "--mapping", mapping.toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains(xlsx + ": no sheet 'Wave 3' (sheets: 'Notes', 'Wave 2')"), unknown.err());
        Cli.Result firstSheet = CLI.run("score", project.toString(), "--instrument", "demo", "--responses",
                xlsx.toString(), "--mapping", mapping.toString());
        assertEquals(2, firstSheet.exitCode(), "the first sheet, Notes, has no such columns: " + firstSheet.err());
        assertTrue(firstSheet.err().contains("has no column 'Response ID'"), firstSheet.err());

        JsonNode s = json(CLI.run("score", project.toString(), "--instrument", "demo", "--responses", xlsx.toString(),
                "--sheet", "Wave 2", "--mapping", mapping.toString(), "--json"));
        JsonNode imported = s.get("import").get("responses");
        assertEquals("Wave 2", imported.get("sheet").asText());
        assertEquals("XLSX", imported.get("encoding").asText());
        assertTrue(imported.get("delimiter").isNull());
        assertEquals(4, imported.get("rows").asLong());
        assertEquals(2, imported.get("added").asLong());
        assertEquals(List.of("3", "5"), texts(imported.get("errors"), "row"));
        assertEquals(1, s.get("segments").get(0).get("count").asLong(), "a1: top box throughout (4.9999999999999991"
                + " is the 5 Excel shows)");
        assertEquals(1, s.get("segments").get(3).get("count").asLong(), "a3: base mean 4/3, below 3");

        Cli.Result human = CLI.run("score", project.toString(), "--responses", xlsx.toString(), "--sheet", "wave 2",
                "--mapping", mapping.toString());
        assertEquals(0, human.exitCode(), human.err());
        assertTrue(human.out().contains(xlsx + " (XLSX, sheet 'Wave 2'): 4 rows, 0 added, 2 replaced, 2 rejected"),
                human.out());
        assertTrue(human.err().contains(xlsx + ":3: pa2: 9 is outside the scale 1–5"), human.err());
    }

    @Test
    void usageErrorsAndTheDemoInstrument() throws Exception {
        for (List<String> args : List.of(List.of("--rule", "gallup"), List.of("--by", "shoe-size"),
                List.of("--mapping", "m.json"), List.of("--sheet", "Wave 2"), List.of("--strict"), List.of("--instrument", tmp.resolve("none.json")
                        .toString()))) {
            List<String> all = new ArrayList<>(List.of("score", sample.toString()));
            all.addAll(args);
            Cli.Result r = CLI.run(all.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().startsWith("rapport score: "), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
        }
        Cli.Result demo = CLI.run("score", "--print-demo-instrument");
        assertEquals(0, demo.exitCode(), demo.err());
        assertEquals(CLI.service(SurveyImporter.class).demoInstrument().definition(), demo.out());
        Cli.Result help = CLI.run("score", "--help");
        assertTrue(help.out().contains("Rapport ships none of Gallup's licensed CE11 wording"), help.out());
    }
}
