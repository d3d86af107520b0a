package io.rapport.store.duckdb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.importer.OriginalRecord.Field;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectStore;
import io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Originals kept as templates (schema version 8): whatever an importer marks, the view {@code originals} gives every
 * record back byte for byte, its SQL writing each field exactly as {@link Field#render} does in Java; records whose
 * templates do not repeat still come back once the dictionary of their dataset is full.
 */
class OriginalsTest {
    private final DuckDbProjectStoreProvider provider = new DuckDbProjectStoreProvider();

    /** A record as an export would write it, and the spans of the fields in it. */
    private record Line(Interaction interaction, byte[] bytes, List<Field> fields, List<int[]> spans) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Test
    void theViewGivesEveryOriginalBackWhateverTheFieldsHold(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261126);
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            lines.add(line(random, k, false));
        }
        try (ProjectStore store = provider.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            store(store, lines);
            assertOriginals(store, lines);
            long templated = count(store, "SELECT count(*) FROM interactions WHERE raw_template IS NOT NULL");
            assertTrue(templated > 2900, "nearly all records kept as templates: " + templated);
            store.query("CHECKPOINT", List.of(), row -> { });
            List<String> compressions = new ArrayList<>();
            store.query("SELECT DISTINCT compression FROM pragma_storage_info('interactions') WHERE column_name ="
                    + " 'source_id' AND segment_type = 'VARCHAR'", List.of(), row -> compressions.add((String) row.get(0)));
            assertEquals(List.of("ZSTD"), compressions, "a new project's string columns are zstd-compressed");
        }
    }

    @Test
    void recordsBeyondAFullDictionaryAreKeptAsTheirBytes(@TempDir Path tmp) throws Exception {
        Random random = new Random(7);
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            lines.add(line(random, k, true)); // a field of its own in every record: no template repeats
        }
        try (ProjectStore store = provider.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            store(store, lines);
            assertOriginals(store, lines);
            assertEquals(4096, count(store, "SELECT count(*) FROM record_templates"));
            assertEquals(5000 - 4096, count(store, "SELECT count(raw) FROM interactions"));
        }
    }

    private static void store(ProjectStore store, List<Line> lines) throws Exception {
        OriginalRecord original = new OriginalRecord();
        try (ImportTransaction tx = store.beginImport()) {
            DatasetWriter w = tx.beginDataset("mixed.jsonl", "rapport-jsonl");
            long offset = 0;
            for (int k = 0; k < lines.size(); k++) {
                Line l = lines.get(k);
                original.reset(l.bytes(), 0, l.bytes().length);
                for (int f = 0; f < l.fields().size(); f++) {
                    int[] span = l.spans().get(f);
                    original.mark(l.fields().get(f), span[0], span[1]);
                }
                w.accept(l.interaction(), original, k + 1, offset);
                offset += l.bytes().length + 1;
            }
            w.finish();
            tx.commit();
        }
    }

    private static void assertOriginals(ProjectStore store, List<Line> lines) throws Exception {
        List<String> got = new ArrayList<>();
        store.query("SELECT raw FROM originals ORDER BY source_line", List.of(), r -> got.add((String) r.get(0)));
        assertEquals(lines.size(), got.size());
        for (int k = 0; k < lines.size(); k++) {
            assertEquals(lines.get(k).text(), got.get(k), "line " + (k + 1) + " of " + lines.get(k).interaction());
        }
    }

    private static long count(ProjectStore store, String sql) throws Exception {
        long[] n = new long[1];
        store.query(sql, List.of(), r -> n[0] = ((Number) r.get(0)).longValue());
        return n[0];
    }

    /**
     * A JSON record of a random interaction: every field it has, now and then in another order, mostly as {@link Field#render}
     * writes it, sometimes not quite (an escape, an offset instead of 'Z', a space in a list), which must then stay
     * in the template as it is.
     */
    private static Line line(Random r, int k, boolean ownField) {
        Instant created = switch (r.nextInt(5)) {
            case 0 -> Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000));
            case 1 -> Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1000) * 1_000_000L);
            case 2 -> Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1_000_000) * 1000L);
            case 3 -> Instant.ofEpochSecond(r.nextInt(1000), 0); // 1970
            default -> Instant.parse("9999-12-31T23:59:59.999999Z");
        };
        String text = pick(r, "plain words", "ünïcödé and ✓ and 😀", "", "tab\tand \"quotes\"", "line\nbreak", "x")
                + " " + k;
        Interaction i = Interaction.builder().channel(pick(r, "x", "google-play", "reddit"))
                .sourceId(r.nextBoolean() ? Integer.toString(1_000_000 + k) : "t1_" + k)
                .kind(InteractionKind.values()[r.nextInt(InteractionKind.values().length)])
                .authorHandle(pick(r, "user" + r.nextInt(50), "@Acme", "Zoë"))
                .authorName(r.nextBoolean() ? pick(r, "Kim", "Jürgen O'Neil") : null)
                .authorRole(r.nextInt(3) == 0 ? ActorRole.values()[r.nextInt(ActorRole.values().length)] : null)
                .authorDepartment(r.nextInt(4) == 0 ? "care" : null).createdAt(created).text(text)
                .inReplyTo(r.nextBoolean() ? Integer.toString(r.nextInt(1_000_000)) : null)
                .threadId(r.nextBoolean() ? (r.nextBoolean() ? "t3_" : "") + r.nextInt(100) : null)
                .space(r.nextInt(4) == 0 ? "r/acme" : null).url(r.nextInt(4) == 0 ? "https://example.com/" + k : null)
                .rating(r.nextInt(3) == 0 ? r.nextInt(11) : null).likes(r.nextBoolean() ? (long) r.nextInt(5000) : null)
                .shares(r.nextInt(3) == 0 ? 0L : null).replies(r.nextInt(3) == 0 ? Long.MAX_VALUE : null)
                .language(r.nextBoolean() ? "en" : null)
                .mentions(r.nextInt(3) == 0 ? List.of() : r.nextBoolean() ? List.of("acme", "Zoë") : null).build();
        List<Field> present = new ArrayList<>();
        boolean numbers = r.nextBoolean();
        for (Field f : Field.values()) {
            if (f.render(i) != null && include(f, i, numbers)) {
                present.add(f);
            }
        }
        if (r.nextInt(10) == 0) {
            java.util.Collections.shuffle(present, r); // mostly the same order, as an export writes them
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<int[]> spans = new ArrayList<>();
        write(out, r.nextBoolean() ? "{" : "{ ");
        if (ownField) {
            write(out, "\"own" + k + "\":" + k + ",");
        }
        for (int f = 0; f < present.size(); f++) {
            Field field = present.get(f);
            write(out, (f > 0 ? "," : "") + "\"" + field.name().toLowerCase() + "\":");
            int start = out.size();
            write(out, variant(field, i, r));
            spans.add(new int[] {start, out.size()});
        }
        write(out, "}");
        return new Line(i, out.toByteArray(), present, spans);
    }

    /** One of the two fields of a pair (an id as a string or as an integer, a time as text or seconds). */
    private static boolean include(Field f, Interaction i, boolean numbers) {
        return switch (f) {
            case SOURCE_ID -> !(numbers && digits(i.sourceId()));
            case SOURCE_ID_NUMBER -> numbers && digits(i.sourceId());
            case IN_REPLY_TO -> !(numbers && digits(i.inReplyTo()));
            case IN_REPLY_TO_NUMBER -> numbers && digits(i.inReplyTo());
            case THREAD_ID -> !(numbers && digits(i.threadId()));
            case THREAD_ID_NUMBER -> numbers && digits(i.threadId());
            case CREATED_AT -> !numbers || Field.CREATED_AT_EPOCH.render(i) == null;
            case CREATED_AT_EPOCH -> numbers;
            default -> true;
        };
    }

    private static boolean digits(String s) {
        return s != null && !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Mostly what the field writes; now and then another way of writing the same value. */
    private static String variant(Field f, Interaction i, Random r) {
        String exact = f.render(i);
        if (r.nextInt(8) != 0) {
            return exact;
        }
        return switch (f) {
            case CREATED_AT -> "\"" + i.createdAt().toString().replace("Z", "+00:00") + "\"";
            case TEXT, AUTHOR_HANDLE, AUTHOR_NAME -> exact.replace("o", "\\u006f");
            case MENTIONS -> exact.replace(",", ", ");
            case LIKES, RATING -> exact + ".0";
            default -> exact;
        };
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
