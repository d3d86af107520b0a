package io.rapport.importer.xarchive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads {@code note-tweet.js}: elements {@code {"noteTweet": {"noteTweetId", "createdAt", "core": {"text",
 * "mentions": [{"screenName"}]}}}}. A note that cannot be read is skipped: the tweet it belongs to is then
 * imported with the text X cut off, which the original record still shows.
 */
final class NoteTweetReader {
    private final JsonFactory factory = new JsonFactory();

    NoteTweets read(List<ArchiveFile> files, LongConsumer progress) throws IOException {
        NoteTweets notes = new NoteTweets();
        for (ArchiveFile file : files) {
            try (InputStream in = file.open()) {
                new YtdArrayReader().read(in, file.name(), n -> n.startsWith("note_tweet"), new YtdArrayReader.Elements() {
                    @Override
                    public void element(long index, long offset, byte[] buf, int start, int length) throws IOException {
                        NoteTweets.Note n = parse(buf, start, length);
                        if (n != null) {
                            notes.add(n);
                        }
                    }

                    @Override
                    public void reject(long index, long offset, String reason) {
                    }

                    @Override
                    public void progress(long bytesRead) {
                        progress.accept(bytesRead);
                    }
                });
            }
        }
        return notes;
    }

    private NoteTweets.Note parse(byte[] buf, int start, int length) throws IOException {
        try (JsonParser p = factory.createParser(buf, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                if (p.nextToken() == JsonToken.START_OBJECT && field.equals("noteTweet")) {
                    return note(p);
                }
                p.skipChildren();
            }
            return null;
        } catch (JsonProcessingException | DateTimeParseException e) {
            return null;
        }
    }

    private static NoteTweets.Note note(JsonParser p) throws IOException {
        String id = null;
        Instant created = null;
        String text = null;
        List<String> mentions = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "noteTweetId" -> id = t.isScalarValue() ? p.getText() : null;
                case "createdAt" -> created = t == JsonToken.VALUE_STRING ? Instant.parse(p.getText()) : null;
                case "core" -> {
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        break;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String c = p.currentName();
                        JsonToken v = p.nextToken();
                        if (c.equals("text") && v == JsonToken.VALUE_STRING) {
                            text = p.getText();
                        } else if (c.equals("mentions") && v == JsonToken.START_ARRAY) {
                            mentions(p, mentions);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return id == null || created == null || text == null ? null : new NoteTweets.Note(id, created, text, mentions);
    }

    private static void mentions(JsonParser p, List<String> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                if (f.equals("screenName") && v == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}
