package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.ExpectedRecord;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes reviews as a Play Console review export: UTF-16LE with a byte-order mark, RFC 4180 quoting (fields with
 * commas, quotes or line breaks quoted, quotes doubled), the review id in the {@code Review Link}; remembers where
 * each row ends.
 */
final class PlayCsvWriter {
    static final String PACKAGE = "com.acme.banking";
    private static final Charset UTF_16LE = StandardCharsets.UTF_16LE;
    private static final String HEADER = "Package Name,App Version Code,Reviewer Language,Review Submit Millis Since "
            + "Epoch,Star Rating,Review Title,Review Text,Developer Reply Millis Since Epoch,Developer Reply Text,"
            + "Review Link";

    final List<Integer> rowEnds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static PlayCsvWriter write(List<GeneratedReview> reviews, boolean crlf) {
        PlayCsvWriter w = new PlayCsvWriter();
        String end = crlf ? "\r\n" : "\n";
        w.out.writeBytes(("\uFEFF" + HEADER + end).getBytes(UTF_16LE));
        for (GeneratedReview r : reviews) {
            String link = "http://play.google.com/console/developers/5550001/app/4973/user-feedback/review-details"
                    + "?reviewId=" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8) + "&corpus=PUBLIC_REVIEWS";
            String row = String.join(",", PACKAGE, "40201", "en", String.valueOf(r.createdAt().toEpochMilli()),
                    String.valueOf(r.stars()), field(r.title()), field(r.text()),
                    r.replyText() == null ? "" : String.valueOf(r.replyAt().toEpochMilli()),
                    r.replyText() == null ? "" : field(r.replyText()), link);
            w.out.writeBytes((row + end).getBytes(UTF_16LE));
            w.rowEnds.add(w.out.size());
        }
        return w;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private static String field(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Review and reply per row: the pseudonymous reviewer, the package answering as the developer. */
    static List<ExpectedRecord> expected(List<GeneratedReview> reviews) {
        List<ExpectedRecord> expected = new ArrayList<>();
        for (GeneratedReview r : reviews) {
            expected.add(new ExpectedRecord(r.id(), r.createdAt(), r.expectedText(), "play-reviewer-"
                    + HexFormat.of().formatHex(sha256(r.id()), 0, 6), null));
            if (r.replyText() != null) {
                expected.add(new ExpectedRecord(r.id() + "/reply", r.replyAt(), r.replyText(), PACKAGE, r.id()));
            }
        }
        return expected;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
