package io.rapport.importer.reviews.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.MemoryInput;
import io.rapport.testsupport.RoundTrip;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.PropertySeed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Properties of the three review importers (jqwik; a failure prints the seed and the shrunk sample): any generated
 * Play Console export (UTF-16LE with BOM, quoted fields with line breaks), Trustpilot page or App Store Connect page
 * reads back exactly, company replies answering their review; any byte damage ends in clean rejections or one I/O
 * error, a Play export keeps the rows before the first damaged byte (and each row's original is the file's text),
 * a cut JSON file never looks complete.
 */
class ReviewsPropertyTest {
    private static final List<byte[]> JSON_TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\",
            "null", "\"companyReply\":{}", "\"data\":[", "é", "\uD83D\uDE00", "\n");
    /** CSV punctuation in UTF-16LE and as single bytes (which break the encoding's alignment). */
    private static final List<byte[]> CSV_TOKENS = List.of(",".getBytes(StandardCharsets.UTF_16LE),
            "\"".getBytes(StandardCharsets.UTF_16LE), "\n".getBytes(StandardCharsets.UTF_16LE),
            "\r\n".getBytes(StandardCharsets.UTF_16LE), "\"\"".getBytes(StandardCharsets.UTF_16LE),
            "\uD83D\uDE00".getBytes(StandardCharsets.UTF_16LE), new byte[] { ',' }, new byte[] { '"' },
            new byte[] { (byte) 0xFF, (byte) 0xFE });

    @Provide
    Arbitrary<List<GeneratedReview>> play() {
        // Play exports hold times from 1990 on (the importer rejects earlier millis as out of range)
        return GeneratedReviews.pages(i -> "gp:AOqpTOG" + Integer.toString(40_000 + i * 7, 36) + "-_=",
                Instants.millis(631_152_000_000L));
    }

    @Provide
    Arbitrary<List<GeneratedReview>> trustpilot() {
        return GeneratedReviews.pages(i -> String.format("67a1f0c2e4b0a1b2c3d4%04x", i), Instants.millis());
    }

    @Provide
    Arbitrary<List<GeneratedReview>> appStore() {
        return GeneratedReviews.pages(i -> String.format("00000041-aaaa-4000-8000-%012d", i), Instants.millis());
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/reviews_com.acme.banking_202503.csv", "own/reviews_com.acme.banking_202504.csv",
                "own/trustpilot-reviews-acme.json", "own/trustpilot-review-67a1f0c2.json",
                "own/customerReviews-acme-ios.json", "public/lindar_trustpilot-review-events.json");
    }

    @Property(tries = 100, seed = PropertySeed.FIXED)
    void playExportsReadBackExactly(@ForAll("play") List<GeneratedReview> reviews, @ForAll boolean crlf)
            throws IOException {
        CapturingSink s = CapturingSink.read(new GooglePlayImporter(), new MemoryInput("reviews_com.acme.banking_202503"
                + ".csv", PlayCsvWriter.write(reviews, crlf).bytes()));
        RoundTrip.assertReadBackExactly(PlayCsvWriter.expected(reviews), s);
    }

    @Property(tries = 100, seed = PropertySeed.FIXED)
    void trustpilotPagesReadBackExactly(@ForAll("trustpilot") List<GeneratedReview> reviews) throws IOException {
        CapturingSink s = CapturingSink.read(new TrustpilotImporter(), new MemoryInput("trustpilot-reviews.json",
                TrustpilotWriter.write(reviews)));
        RoundTrip.assertReadBackExactly(TrustpilotWriter.expected(reviews), s);
    }

    @Property(tries = 100, seed = PropertySeed.FIXED)
    void appStorePagesReadBackExactly(@ForAll("appStore") List<GeneratedReview> reviews) throws IOException {
        CapturingSink s = CapturingSink.read(new AppStoreImporter(), new MemoryInput("customerReviews.json",
                AppStoreWriter.write(reviews)));
        RoundTrip.assertReadBackExactly(AppStoreWriter.expected(reviews), s);
    }

    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedPlayExportsKeepTheRowsBefore(@ForAll("play") List<GeneratedReview> reviews,
            @ForAll("damage") List<ByteDamage> damage) {
        PlayCsvWriter file = PlayCsvWriter.write(reviews, true);
        byte[] original = file.bytes();
        byte[] damaged = ByteDamage.applyAll(original, damage, CSV_TOKENS);
        DamageAnswer answer = DamageAnswer.read(new GooglePlayImporter(), new MemoryInput("reviews_x.csv", damaged))
                .assertClean(damaged);
        assertRowsAreTheFilesText(answer, damaged);
        int firstDamaged = ByteDamage.firstDifference(original, damaged);
        for (int i = 0; i < reviews.size() && file.rowEnds.get(i) <= firstDamaged; i++) {
            assertTrue(answer.sink.sourceIds().contains(reviews.get(i).id()), "row " + (i + 1) + " lies before the"
                    + " first damaged byte " + firstDamaged + " but was not imported: " + answer);
        }
    }

    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedJsonPagesEndInCleanRejections(@ForAll("trustpilot") List<GeneratedReview> reviews,
            @ForAll boolean appStore, @ForAll("damage") List<ByteDamage> damage) {
        byte[] original = appStore ? AppStoreWriter.write(reviews) : TrustpilotWriter.write(reviews);
        assertCleanJsonAnswer(appStore ? new AppStoreImporter() : new TrustpilotImporter(), original,
                ByteDamage.applyAll(original, damage, JSON_TOKENS));
    }

    /** The fixtures of real shape (Play exports, Trustpilot pages and events, App Store pages), damaged too. */
    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedFixturesEndInCleanRejections(@ForAll("fixtures") String fixture,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.file(fixture));
        if (fixture.endsWith(".csv")) {
            byte[] damaged = ByteDamage.applyAll(original, damage, CSV_TOKENS);
            assertRowsAreTheFilesText(DamageAnswer.read(new GooglePlayImporter(), new MemoryInput("reviews_x.csv",
                    damaged)).assertClean(damaged), damaged);
        } else {
            assertCleanJsonAnswer(fixture.contains("customerReviews") ? new AppStoreImporter()
                    : new TrustpilotImporter(), original, ByteDamage.applyAll(original, damage, JSON_TOKENS));
        }
    }

    private static void assertCleanJsonAnswer(ChannelImporter importer, byte[] original, byte[] damaged) {
        DamageAnswer.readDamagedDocument(importer, new MemoryInput("reviews.json", damaged), original, damaged);
    }

    /**
     * A Play record's original is the header line, a line break and its row: the row is the file's text there, in
     * the encoding the importer found (as it found it, also when damage broke the byte-order mark).
     */
    private static void assertRowsAreTheFilesText(DamageAnswer answer, byte[] damaged) {
        java.nio.charset.Charset charset;
        try {
            charset = TextEncoding.sniff(new MemoryInput("reviews_x.csv", damaged)).charset();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (CapturingSink.Accepted a : answer.sink.accepted) {
            String row = a.raw().substring(a.raw().indexOf('\n') + 1);
            byte[] bytes = row.getBytes(charset);
            assertTrue(a.offset() >= 0 && a.offset() + bytes.length <= damaged.length, "row outside the file: " + a);
            assertEquals(row, new String(Arrays.copyOfRange(damaged, (int) a.offset(), (int) a.offset()
                    + bytes.length), charset), "the original row differs from the file's text at " + a.offset());
        }
    }
}
