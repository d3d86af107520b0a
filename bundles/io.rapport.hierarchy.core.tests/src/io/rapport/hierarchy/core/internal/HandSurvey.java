package io.rapport.hierarchy.core.internal;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made survey whose results are worked out by hand in the tests: three levels (base: b1 b2; mid: m1 m2,
 * m2 reverse-coded; top: t1) on a 1–5 scale with top box 5, and ten respondents A–J chosen so that each rule
 * scores them differently. Scored answers (m2 as 6 − answer):
 *
 * <pre>
 *      b1 b2 | m1 m2(scored) | t1   region
 *   A   5  5 |  5  1(5)      |  5   north   every item top box
 *   B   5  5 |  5  5(1)      |  5   north   mid half top box, mean 3
 *   C   4  4 |  4  2(4)      |  4   south   all 4s
 *   D   2  1 |  1  5(1)      |  1   south   base mean 1.5
 *   E   5  4 |  5  1(5)      |  3   north   top 3
 *   F   5  5 |  -  1(5)      |  5   south   m1 blank: not scored on mid
 *   G   3  3 |  5  1(5)      |  -         t1 blank; fails the base anyway
 *   H   1  5 |  5  1(5)      |  5   north   fails the base, passes the rest
 *   I   5  5 |  4  2(4)      |  5   south   mid all 4s
 *   J   1  1 |  1  5(1)      |  1   north
 * </pre>
 */
final class HandSurvey {
    static final String INSTRUMENT = """
            {
              "name": "Hand-made test instrument",
              "scale": {"min": 1, "max": 5},
              "top_box": 5,
              "levels": [{"id": "base", "label": "Base"}, {"id": "mid", "label": "Middle"}, {"id": "top", "label": "Top"}],
              "items": [
                {"id": "b1", "level": "base", "text": "Base one"},
                {"id": "b2", "level": "base", "text": "Base two"},
                {"id": "m1", "level": "mid", "text": "Middle one"},
                {"id": "m2", "level": "mid", "text": "Middle two, reverse-coded", "reverse": true},
                {"id": "t1", "level": "top", "text": "Top one"}
              ]
            }
            """;
    static final String RESPONSES = """
            respondent_id,region,b1,b2,m1,m2,t1
            A,north,5,5,5,1,5
            B,north,5,5,5,5,5
            C,south,4,4,4,2,4
            D,south,2,1,1,5,1
            E,north,5,4,5,1,3
            F,south,5,5,,1,5
            G,,3,3,5,1,
            H,north,1,5,5,1,5
            I,south,5,5,4,2,5
            J,north,1,1,1,5,1
            """;

    private HandSurvey() {
    }

    static Path write(Path dir, String name, String text) throws Exception {
        return write(dir, name, text, StandardCharsets.UTF_8, false);
    }

    static Path write(Path dir, String name, String text, Charset charset, boolean bom) throws Exception {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] mark = !bom ? new byte[0]
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        Files.write(file, all);
        return file;
    }

    static InstrumentFile instrument(RapportServices services, Path dir) throws Exception {
        return services.get(SurveyImporter.class).readInstrument(write(dir, "instrument.json", INSTRUMENT));
    }

    /** A new project holding the hand-made survey. */
    static ProjectStore project(RapportServices services, Path dir) throws Exception {
        ProjectStore store = services.projects().create(dir.resolve("project"), ProjectSettings.named("Hand"));
        SurveyImportReport report = services.get(SurveyImporter.class).importSurvey(store,
                new SurveyImportRequest(instrument(services, dir), write(dir, "responses.csv", RESPONSES), null, false,
                        false), new NullProgressMonitor());
        if (!report.committed() || report.responses().added() != 10) {
            throw new AssertionError("the hand-made survey did not import: " + report);
        }
        return store;
    }

    /** The rows of a query on a project, integers as longs, for comparing with literals. */
    static List<List<Object>> rows(ProjectStore store, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        store.query(sql, List.of(), r -> {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.columnCount(); i++) {
                Object v = r.get(i);
                row.add(v instanceof Number n && !(v instanceof Double) ? n.longValue() : v);
            }
            out.add(row);
        });
        return out;
    }

    static EngagementHierarchy hierarchy(RapportServices services) {
        return services.get(EngagementHierarchy.class);
    }
}
