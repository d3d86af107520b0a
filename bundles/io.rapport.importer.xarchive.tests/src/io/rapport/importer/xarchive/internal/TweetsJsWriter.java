package io.rapport.importer.xarchive.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes tweets as an account archive's {@code data/tweets.js}: the {@code window.YTD.tweets.part0 = [...]} wrapper,
 * X's {@code "key" : value} layout, counts and ids as strings, {@code created_at} as {@code Wed Oct 10 20:19:24
 * +0000 2018}, and {@code &}, {@code <}, {@code >} in {@code full_text} as HTML entities, as X writes them.
 */
final class TweetsJsWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx yyyy",
            Locale.ENGLISH);
    static final String ACCOUNT_JS = "window.YTD.account.part0 = [\n  {\n    \"account\" : {\n      \"username\" : \""
            + ArchiveTweets.OWNER + "\",\n      \"accountId\" : \"1350000000000000001\",\n"
            + "      \"accountDisplayName\" : \"Acme Care\"\n    }\n  }\n]";

    private TweetsJsWriter() {
    }

    static byte[] write(List<ArchiveTweet> tweets) {
        StringBuilder b = new StringBuilder("window.YTD.tweets.part0 = [");
        for (int i = 0; i < tweets.size(); i++) {
            ArchiveTweet t = tweets.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {\n    \"tweet\" : {\n")
                    .append("      \"retweeted\" : false,\n")
                    .append("      \"favorite_count\" : \"").append(t.favorites()).append("\",\n")
                    .append("      \"id_str\" : \"").append(t.id()).append("\",\n");
            if (t.inReplyTo() != null) {
                b.append("      \"in_reply_to_status_id_str\" : \"").append(t.inReplyTo()).append("\",\n")
                        .append("      \"in_reply_to_status_id\" : \"").append(t.inReplyTo()).append("\",\n");
            }
            b.append("      \"retweet_count\" : \"").append(t.retweets()).append("\",\n")
                    .append("      \"id\" : \"").append(t.id()).append("\",\n")
                    .append("      \"created_at\" : \"").append(DATE.format(t.createdAt().atOffset(
                            ZoneOffset.ofTotalSeconds(t.offsetMinutes() * 60)))).append("\",\n")
                    .append("      \"full_text\" : ").append(io.rapport.testsupport.JsonText.quote(t.text()
                            .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))).append(",\n")
                    .append("      \"lang\" : \"en\"\n    }\n  }");
        }
        return b.append(tweets.isEmpty() ? "]" : "\n]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh {@code data} folder with {@code account.js} and the given {@code tweets.js}; the caller deletes it. */
    static Path folder(byte[] tweetsJs) throws IOException {
        Path data = Files.createDirectories(Files.createTempDirectory("rapport-xarchive-property").resolve("data"));
        Files.writeString(data.resolve("account.js"), ACCOUNT_JS);
        Files.write(data.resolve("tweets.js"), tweetsJs);
        return data;
    }

    static void delete(Path data) throws IOException {
        Files.delete(data.resolve("tweets.js"));
        Files.delete(data.resolve("account.js"));
        Files.delete(data);
        Files.delete(data.getParent());
    }
}
