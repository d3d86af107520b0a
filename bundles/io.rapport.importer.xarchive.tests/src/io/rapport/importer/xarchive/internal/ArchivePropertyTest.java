package io.rapport.importer.xarchive.internal;


import io.rapport.core.importer.ImportInput;
import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.RoundTrip;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.PropertySeed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Properties of the X account archive importer (jqwik; a failure prints the seed and the shrunk sample): any
 * generated {@code tweets.js} (JS wrapper, counts as strings, X's dates, HTML entities) beside an
 * {@code account.js} reads back exactly, every tweet by the archive's owner; any byte damage to a generated or
 * the fixture archive's {@code tweets.js} ends in clean rejections (each accepted original the file's bytes) or
 * one I/O error, never in silence for a cut file; a damaged archive zip ends cleanly too.
 */
class ArchivePropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "window.YTD.tweets.part0 = ", "\"tweet\" : {", "\"created_at\" : \"\"", "&amp;", "é", "\n");

    @Provide
    Arbitrary<List<ArchiveTweet>> tweets() {
        return ArchiveTweets.tweets();
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void tweetsReadBackExactly(@ForAll("tweets") List<ArchiveTweet> tweets) throws IOException {
        Path data = TweetsJsWriter.folder(TweetsJsWriter.write(tweets));
        try {
            CapturingSink s = CapturingSink.read(new XArchiveImporter(), data.resolve("tweets.js"));
            RoundTrip.assertReadBackExactly(ArchiveTweets.expected(tweets), s);
        } finally {
            TweetsJsWriter.delete(data);
        }
    }

    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedTweetsEndInCleanRejections(@ForAll("tweets") List<ArchiveTweet> tweets,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = TweetsJsWriter.write(tweets);
        assertCleanAnswer(original, ByteDamage.applyAll(original, damage, TOKENS));
    }

    /** The fixture archive's {@code tweets.js} (real layout, edit info, entities), damaged the same way. */
    @Property(tries = 150, seed = PropertySeed.FIXED)
    void damagedFixtureTweetsEndInCleanRejections(@ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.acmeData().resolve("tweets.js"));
        assertCleanAnswer(original, ByteDamage.applyAll(original, damage, TOKENS));
    }

    /** The archive's zip with bytes flipped anywhere: read through its central directory, it fails cleanly. */
    @Property(tries = 80, seed = PropertySeed.FIXED)
    void damagedArchiveZipsEndCleanly(@ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] damaged = ByteDamage.applyAll(Files.readAllBytes(Fixtures.acmeZip()), damage, TOKENS);
        Path zip = Files.createTempFile("twitter-damaged", ".zip");
        try {
            Files.write(zip, damaged);
            // the offsets of rejections are inside the zip's entries, not the zip
            DamageAnswer.read(new XArchiveImporter(), ImportInput.of(zip)).assertClean(Long.MAX_VALUE);
        } finally {
            Files.delete(zip);
        }
    }

    private static void assertCleanAnswer(byte[] original, byte[] damaged) throws IOException {
        Path data = TweetsJsWriter.folder(damaged);
        try {
            DamageAnswer.readDamagedDocument(new XArchiveImporter(), ImportInput.of(data.resolve("tweets.js")), original,
                    damaged);
        } finally {
            TweetsJsWriter.delete(data);
        }
    }
}
