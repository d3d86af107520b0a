package io.rapport.importer.reddit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what Reddit's API returns: a {@code Listing} of things, the {@code [submission listing, comment listing]}
 * pair of a thread page with replies nested in {@code replies} listings, a single thing, or several of these one
 * after another (e.g. one thing per line). Streams through the file with one parser; records are numbered in
 * the order their objects start, and each keeps its thing object as original text (content-exact, the
 * {@code replies} listing replaced by the fullnames of the replies, which are records of their own).
 */
final class ListingReader {
    private final JsonFactory json = JsonFactories.create();
    private final ThingMapper mapper = new ThingMapper();
    private ImportSink sink;
    private ImportProgress progress;
    private ExportStream export;
    private long records;

    /** @return the number of things read (accepted or rejected) */
    long read(ExportStream export, ImportSink sink, ImportProgress progress) throws IOException {
        this.sink = sink;
        this.progress = progress;
        this.export = export;
        this.records = 0;
        JsonParser p = json.createParser(export.content());
        try (p) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        listingOrThing(p);
                    }
                } else {
                    listingOrThing(p);
                }
            }
        } catch (JsonProcessingException e) {
            // the rest of the file cannot be read; what was read before stays imported
            records++;
            JsonLocation at = JsonReading.location(e, p);
            sink.reject(records, Math.max(0, at.getByteOffset()), JsonReading.reason(e) + " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")");
        } catch (CorruptCompressedDataException e) {
            records++;
            sink.reject(records, Math.max(0, p.currentLocation().getByteOffset()), e.getMessage());
        }
        return records;
    }

    /**
     * Reads one {@code {"kind": ..., "data": ...}} object, on its START_OBJECT.
     *
     * @return the fullnames of the comments and submissions it holds
     */
    private List<String> listingOrThing(JsonParser p) throws IOException {
        long offset = p.currentTokenLocation().getByteOffset();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            records++;
            sink.reject(records, offset, "not a Reddit listing or thing: expected an object with 'kind' and 'data',"
                    + " found " + ThingFieldReader.describe(p.currentToken()));
            p.skipChildren();
            return List.of();
        }
        JsonToken first = p.nextToken();
        if (first == JsonToken.END_OBJECT) {
            records++;
            sink.reject(records, offset, "not a Reddit listing or thing: an empty object");
            return List.of();
        }
        boolean kindFirst = "kind".equals(p.currentName());
        if (p.nextToken() != JsonToken.VALUE_STRING || !kindFirst) {
            records++;
            sink.reject(records, offset, "not a Reddit listing or thing: it does not start with a string 'kind'");
            skipRestOfObject(p);
            return List.of();
        }
        String kind = p.getText();
        return switch (kind) {
            case "Listing" -> listing(p);
            case ThingMapper.COMMENT, ThingMapper.SUBMISSION -> thing(p, kind, offset);
            case "more" -> { // "load more comments": ids of replies the page did not include, no content
                skipRestOfObject(p);
                yield List.of();
            }
            default -> {
                records++;
                progress.record(records, export.fileBytesRead());
                sink.reject(records, offset, "a Reddit '" + kind + "' is not a comment (t1) or a submission (t3)");
                skipRestOfObject(p);
                yield List.of();
            }
        };
    }

    private List<String> listing(JsonParser p) throws IOException {
        List<String> names = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if ("data".equals(field) && v == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && "children".equals(f)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            names.addAll(listingOrThing(p));
                        }
                    } else {
                        p.skipChildren(); // after, before, dist, modhash: paging, not content
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return names;
    }

    private List<String> thing(JsonParser p, String kind, long offset) throws IOException {
        long index = ++records;
        progress.record(index, export.fileBytesRead());
        RedditThing thing = new RedditThing(); // one per nesting level: replies are read inside their parent
        thing.kind = kind;
        StringWriter text = new StringWriter();
        boolean sawData = false;
        try (JsonGenerator raw = json.createGenerator(text)) {
            raw.writeStartObject();
            raw.writeStringField("kind", kind);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                raw.writeFieldName(field);
                if ("data".equals(field) && v == JsonToken.START_OBJECT && !sawData) {
                    sawData = true;
                    ThingFieldReader.read(p, thing, raw, this::listingOrThing);
                } else {
                    raw.copyCurrentStructureExact(p);
                }
            }
            raw.writeEndObject();
        }
        if (!sawData) {
            sink.reject(index, offset, "a Reddit '" + kind + "' without its 'data' object");
            return List.of();
        }
        try {
            Interaction interaction = mapper.map(thing);
            sink.accept(interaction, text.toString(), index, offset);
            return List.of(interaction.sourceId());
        } catch (BadRecordException e) {
            sink.reject(index, offset, e.getMessage());
            return thing.name == null ? List.of() : List.of(thing.name);
        }
    }

    /** From a field's value inside an object to the object's END_OBJECT. */
    private static void skipRestOfObject(JsonParser p) throws IOException {
        p.skipChildren(); // when on a value that opens a structure
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }
}
