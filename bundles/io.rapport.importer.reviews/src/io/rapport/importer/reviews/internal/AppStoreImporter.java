package io.rapport.importer.reviews.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.ImportProgress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * App Store Connect API customer reviews: a response document {@code {"data": [...], "included": [...]}} (or
 * a JSON array of such pages, as saved by a paging script). Each {@code data} and {@code included} element is a
 * record; a customer review becomes a review, a customer review response our reply.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = AppStoreImporter.FORMAT_ID, label = "App Store Connect customer reviews (API JSON)",
        channel = Channels.APP_STORE, filePatterns = { "customerReviews*.json", "customer-reviews*.json",
                "app-store*.json", "*.app-store.json" }, version = "1")
public final class AppStoreImporter implements ChannelImporter {
    public static final String FORMAT_ID = "app-store";

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        AppStoreMapper mapper = new AppStoreMapper();
        JsonRecords.Handler data = (node, raw, n, offset) -> mapper.map(node, false).deliver(sink, raw, n, offset);
        JsonRecords.Handler included = (node, raw, n, offset) -> mapper.map(node, true).deliver(sink, raw, n, offset);
        ReviewJson.read(input, sink, progress, "App Store Connect", (records, file) -> {
            JsonParser p = records.parser();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    page(records, file, data, included, mapper);
                }
                if (p.currentToken() == null) {
                    throw new JsonEOFException(p, null, "unexpected end of the file inside the array of pages");
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    records.rejectDocument(records.tokenOffset(), notAppStore(file, "an array holding a non-object"));
                }
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                page(records, file, data, included, mapper);
            } else {
                records.rejectDocument(records.tokenOffset(), notAppStore(file, JsonRecords.describe(p.currentToken())));
            }
        });
        progress.done();
    }

    private static void page(JsonRecords records, String file, JsonRecords.Handler data, JsonRecords.Handler included,
            AppStoreMapper mapper) throws IOException {
        JsonParser p = records.parser();
        long start = records.tokenOffset();
        boolean sawData = false;
        List<String> keys = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            keys.add(name);
            if (name.equals("data") && value == JsonToken.START_ARRAY) {
                sawData = true;
                records.elements(data);
            } else if (name.equals("data") && value == JsonToken.START_OBJECT) {
                sawData = true;
                records.element(data); // GET /customerReviews/{id} or its /response
            } else if (name.equals("included") && value == JsonToken.START_ARRAY) {
                records.elements(included);
            } else {
                p.skipChildren(); // links, meta, errors
            }
        }
        if (p.currentToken() == null) {
            throw new JsonEOFException(p, null, "unexpected end of the file in an object");
        }
        mapper.pageDone();
        if (!sawData) {
            records.rejectDocument(start, notAppStore(file, "an object with the keys " + keys));
        }
    }

    private static String notAppStore(String file, String what) {
        return "not App Store Connect customer reviews: " + file + " is " + what
                + "; expected a response with 'data' (customerReviews) and optionally 'included' (customerReviewResponses)";
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        if (FileHead.of(head).text().contains("\"customerReviews\"")) {
            return Recognition.likely(100, "App Store Connect customerReviews");
        }
        return Recognition.notThis("no App Store Connect customerReviews at the start");
    }
}
