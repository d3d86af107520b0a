package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.testsupport.RapportServices;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The instrument file of the README: what it holds, and every mistake reported as file, JSON path and reason. */
class InstrumentFileTest {
    private static final RapportServices SERVICES = RapportServices.forTest(InstrumentFileTest.class);
    private static final SurveyImporter IMPORTER = SERVICES.get(SurveyImporter.class);
    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    @Test
    void theHandMadeInstrumentReadsAsWritten() throws Exception {
        InstrumentFile file = HandSurvey.instrument(SERVICES, dir);
        Instrument i = file.instrument();
        assertEquals("Hand-made test instrument", i.name());
        assertEquals(dir.resolve("instrument.json").toString(), file.source());
        assertEquals(List.of("base", "mid", "top"), i.levels().stream().map(l -> l.id()).toList());
        assertEquals(List.of(new Item("m1", "Middle one", "mid", false),
                new Item("m2", "Middle two, reverse-coded", "mid", true)), i.itemsOf("mid"));
        assertEquals(1, i.scored(i.item("m2"), 5), "reverse-coded: 1 + 5 - 5");
        assertEquals(5, i.scored(i.item("M2"), 1), "items are found without regard to case");
        assertEquals("top", i.segments().fullyEngagedFrom(), "default: the top level");
        assertEquals("mid", i.segments().engagedFrom(), "default: the second level");
        assertEquals(3.0, i.segments().activelyDisengagedBelow(), "default: the scale's midpoint");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no name              | "name": "Hand-made test instrument",                  | "description": "nameless",              | $.name: missing
            unknown field        | "top_box": 5,                                         | "top_box": 5, "topbox": 5,              | $.topbox: unknown field (known: description, format, items, levels, name, rule_options, scale, segments, top_box)
            top box off scale    | "top_box": 5,                                         | "top_box": 6,                           | $.top_box: 6 is outside the scale 1–5
            scale upside down    | "scale": {"min": 1, "max": 5},                        | "scale": {"min": 5, "max": 1},          | $.scale: min (5) must be below max (1)
            scale not numbers    | "scale": {"min": 1, "max": 5},                        | "scale": {"min": "one", "max": 5},      | $.scale.min: expected a whole number, found the string "one"
            unknown level        | {"id": "t1", "level": "top", "text": "Top one"}       | {"id": "t1", "level": "tpo", "text": "Top one"} | $.items[4].level: no level 'tpo' (levels: base, mid, top)
            item twice           | {"id": "t1", "level": "top", "text": "Top one"}       | {"id": "B1", "level": "top", "text": "Top one"} | $.items[4].id: item 'B1' is already $.items[0]
            level without items  | {"id": "t1", "level": "top", "text": "Top one"}       | {"id": "t1", "level": "mid", "text": "Top one"} | $.levels[2]: level 'top' has no items
            reverse not boolean  | "reverse": true                                       | "reverse": "yes"                        | $.items[3].reverse: expected true or false
            misspelt reverse     | "reverse": true                                       | "revese": true                          | $.items[3].revese: unknown field (known: id, level, reverse, text)
            newer format         | "name":                                               | "format": 2, "name":                    | $.format: format 2 is newer than this Rapport understands (1); use a newer Rapport
            """)
    void everyMistakeIsReportedWithItsPathAndReason(String what, String replace, String with, String expected)
            throws Exception {
        assertTrue(HandSurvey.INSTRUMENT.contains(replace), what);
        Path file = HandSurvey.write(dir, "bad.json", HandSurvey.INSTRUMENT.replace(replace, with));
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> IMPORTER.readInstrument(file), what);
        assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    }

    @Test
    void segmentsAndRuleOptionsAreChecked() throws Exception {
        String base = HandSurvey.INSTRUMENT.replace("\"top_box\": 5,", "\"top_box\": 5, %s,");
        assertMistake(base.formatted("\"segments\": {\"engaged\": \"top\"}"),
                "$.segments.engaged: level 'top' must be below the fully engaged level 'top'");
        assertMistake(base.formatted("\"segments\": {\"fully_engaged\": \"summit\"}"),
                "$.segments.fully_engaged: no level 'summit'");
        assertMistake(base.formatted("\"segments\": {\"actively_disengaged_below\": 1}"),
                "$.segments.actively_disengaged_below: 1.0 must lie above the scale's minimum 1");
        assertMistake(base.formatted("\"rule_options\": {\"mean-thresholds\": {\"threshold\": \"high\"}}"),
                "$.rule_options.mean-thresholds.threshold: expected a number");
        Path ok = HandSurvey.write(dir, "ok.json", base.formatted(
                "\"segments\": {\"engaged\": \"base\", \"actively_disengaged_below\": 2.5}"));
        Instrument i = IMPORTER.readInstrument(ok).instrument();
        assertEquals("base", i.segments().engagedFrom());
        assertEquals("top", i.segments().fullyEngagedFrom(), "the default for what is not given");
        assertEquals(2.5, i.segments().activelyDisengagedBelow());
    }

    @Test
    void notJsonIsReportedWithLineAndColumn() throws Exception {
        Path file = HandSurvey.write(dir, "broken.json", "{\n  \"name\": \"x\",\n  \"levels\": [\n}");
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> IMPORTER.readInstrument(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON: ") && e.getMessage().contains("(line 4, column"),
                e.getMessage());
        Path twice = HandSurvey.write(dir, "twice.json", "{\"name\": \"a\", \"name\": \"b\"}");
        e = assertThrows(SurveyInputException.class, () -> IMPORTER.readInstrument(twice));
        assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
        SurveyInputException missing = assertThrows(SurveyInputException.class,
                () -> IMPORTER.readInstrument(dir.resolve("nowhere.json")));
        assertEquals(dir.resolve("nowhere.json") + ": no such file", missing.getMessage());
    }

    private void assertMistake(String json, String expected) throws Exception {
        Path file = HandSurvey.write(dir, "bad.json", json);
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> IMPORTER.readInstrument(file));
        assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    }

    @Test
    void theRulesCheckTheirOptions() throws Exception {
        String base = HandSurvey.INSTRUMENT.replace("\"top_box\": 5,", "\"top_box\": 5, \"rule_options\": %s,");
        Instrument share = IMPORTER.parseInstrument(base.formatted("{\"top-box-share\": {\"share\": 0}}"), "x")
                .instrument();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TopBoxShareRule().describe(share));
        assertEquals("$.rule_options.top-box-share.share: 0.0 must lie above 0 and up to 1", e.getMessage());
        Instrument typo = IMPORTER.parseInstrument(base.formatted("{\"mean-thresholds\": {\"treshold\": 4}}"), "x")
                .instrument();
        e = assertThrows(IllegalArgumentException.class, () -> new MeanThresholdRule().describe(typo));
        assertTrue(e.getMessage().startsWith("$.rule_options.mean-thresholds.treshold: unknown option"),
                e.getMessage());
        Instrument perLevel = IMPORTER.parseInstrument(base.formatted(
                "{\"mean-thresholds\": {\"threshold\": 3.5, \"threshold.top\": 5}}"), "x").instrument();
        assertEquals("Rapport's open rule 'mean-thresholds' (not Gallup's): a level passes when the mean of its "
                + "answers is at least 3.5 (top: 5); the level reached is the highest such that it and every level "
                + "below it pass.", new MeanThresholdRule().describe(perLevel));
        Instrument wrongLevel = IMPORTER.parseInstrument(base.formatted(
                "{\"mean-thresholds\": {\"threshold.summit\": 5}}"), "x").instrument();
        e = assertThrows(IllegalArgumentException.class, () -> new MeanThresholdRule().describe(wrongLevel));
        assertEquals("$.rule_options.mean-thresholds.threshold.summit: no level 'summit' in the instrument",
                e.getMessage());
        assertEquals(2, TopBoxShareRule.required(0.5, 3), "half of three items, rounded up");
        assertEquals(2, TopBoxShareRule.required(0.6, 3), "0.6 × 3 = 1.8 exactly in decimal");
        assertEquals(3, TopBoxShareRule.required(1, 3));
    }

    @Test
    void theReadmeShowsTheDemoInstrumentInFull() throws Exception {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        String readme = Files.readString(Path.of(repo, "README.md"));
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<Instrument> instruments = new ArrayList<>();
        while (blocks.find()) {
            try {
                instruments.add(IMPORTER.parseInstrument(blocks.group(1), "README.md").instrument());
            } catch (SurveyInputException notAnInstrument) {
                // other JSON examples
            }
        }
        assertTrue(instruments.contains(IMPORTER.demoInstrument().instrument()),
                "README.md has no complete example equal to the demo instrument");
    }
}
