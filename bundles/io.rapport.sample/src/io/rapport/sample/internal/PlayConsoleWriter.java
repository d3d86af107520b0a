package io.rapport.sample.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Google Play channel as the Play Console's monthly review reports
 * ({@code reviews_<package>_<YYYYMM>.csv}, UTF-16LE with a byte-order mark): one row per review, with the
 * developer's reply in the same row.
 */
final class PlayConsoleWriter implements ExportWriter {
    static final String FORMAT = "google-play";
    static final String PACKAGE = "com.nimbalo.selfcare";
    private static final String HEADER = "Package Name,App Version Code,App Version Name,Reviewer Language,Device,"
            + "Review Submit Date and Time,Review Submit Millis Since Epoch,Review Last Update Date and Time,"
            + "Review Last Update Millis Since Epoch,Star Rating,Review Title,Review Text,Developer Reply Date and Time,"
            + "Developer Reply Millis Since Epoch,Developer Reply Text,Review Link";
    private static final List<String> DEVICES = List.of("a54x", "dm3q", "husky", "panther", "r9q", "a15",
            "lynx", "felix", "e3q", "tokay");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final SampleCalendar calendar;

    PlayConsoleWriter(SampleCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Message> replyTo = ReviewReplies.of(messages);
        Map<YearMonth, List<Message>> byMonth = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.parent() == null) {
                byMonth.computeIfAbsent(YearMonth.from(m.at().atZone(ZoneOffset.UTC)), k -> new ArrayList<>()).add(m);
            }
        }
        List<ExportFile> files = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Message>> month : byMonth.entrySet()) {
            Path file = directory.resolve("reviews_" + PACKAGE + "_" + MONTH.format(month.getKey()) + ".csv");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_16LE), 1 << 16)) {
                out.write('\uFEFF');
                out.write(HEADER);
                out.write('\n');
                int row = 0;
                for (Message review : month.getValue()) {
                    writeRow(out, review, replyTo.get(review), ids.get(review), row++);
                }
            }
            files.add(new ExportFile(file, FORMAT));
        }
        return files;
    }

    private void writeRow(Writer out, Message review, Message reply, SourceIds.Ref ref, int row) throws IOException {
        String version = calendar.appVersionAt(review.at());
        List<String> cells = new ArrayList<>(16);
        cells.add(PACKAGE);
        cells.add(versionCode(version));
        cells.add(version);
        cells.add(review.language());
        cells.add(DEVICES.get(Math.floorMod(ref.id().hashCode() + row, DEVICES.size())));
        cells.add(iso(review.at()));
        cells.add(Long.toString(review.at().toEpochMilli()));
        cells.add(iso(review.at()));
        cells.add(Long.toString(review.at().toEpochMilli()));
        cells.add(Integer.toString(review.rating()));
        cells.add("");
        cells.add(review.text());
        cells.add(reply == null ? "" : iso(reply.at()));
        cells.add(reply == null ? "" : Long.toString(reply.at().toEpochMilli()));
        cells.add(reply == null ? "" : reply.text());
        cells.add("https://play.example/console/developers/6120044/app/4975/user-feedback/review-details?reviewId="
                + URLEncoder.encode(ref.id(), StandardCharsets.UTF_8) + "&corpus=PUBLIC_REVIEWS");
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write('\n');
    }

    /** Play's version codes: 4.8 → 40800, 5.0.2 → 50002. */
    private static String versionCode(String version) {
        String[] parts = (version + ".0.0").split("\\.");
        return Integer.toString(Integer.parseInt(parts[0]) * 10_000 + Integer.parseInt(parts[1]) * 100
                + Integer.parseInt(parts[2]));
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
