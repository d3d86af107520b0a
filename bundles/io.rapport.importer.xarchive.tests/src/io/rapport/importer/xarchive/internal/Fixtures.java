package io.rapport.importer.xarchive.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the fixtures of this fragment are, and archives generated for one test. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        return Path.of(repo, "bundles", "io.rapport.importer.xarchive.tests", "fixtures");
    }

    static Path acmeData() {
        return dir().resolve("acme-care/data");
    }

    static Path acmeZip() {
        return dir().resolve("twitter-2024-03-01-acmecare.zip");
    }

    static Path broken(String name) {
        return dir().resolve("broken").resolve(name);
    }

    /** A tweet element as X writes it, with the given id and text. */
    static String tweet(String id, String createdAt, String text) {
        return "  {\n    \"tweet\" : {\n      \"id_str\" : \"" + id + "\",\n      \"id\" : \"" + id + "\",\n"
                + "      \"favorite_count\" : \"0\",\n      \"retweet_count\" : \"0\",\n      \"created_at\" : \""
                + createdAt + "\",\n      \"full_text\" : \"" + text + "\",\n      \"lang\" : \"en\"\n    }\n  }";
    }

    /** Writes {@code data/account.js} (from the Acme archive) and {@code data/tweets.js} with these elements. */
    static Path archive(Path root, List<String> elements) throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Files.copy(acmeData().resolve("account.js"), data.resolve("account.js"));
        Path tweets = data.resolve("tweets.js");
        Files.writeString(tweets, "window.YTD.tweets.part0 = [\n" + String.join(",\n", elements) + "\n]",
                StandardCharsets.UTF_8);
        return tweets;
    }

    static List<String> generatedTweets(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(tweet(Long.toString(1_900_000_000_000_000_000L + i), "Mon Mar 04 10:00:00 +0000 2024", "tweet " + i));
        }
        return out;
    }
}
