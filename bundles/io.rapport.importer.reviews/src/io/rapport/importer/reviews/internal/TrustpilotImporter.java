package io.rapport.importer.reviews.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * Trustpilot API review JSON: one review object, an array of them, a page {@code {"reviews": [...]}}, or a
 * webhook batch {@code {"events": [...]}} of review events. A record is a review (or event); its company
 * reply becomes a second interaction with the same raw record.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = TrustpilotImporter.FORMAT_ID, label = "Trustpilot reviews (API JSON)",
        channel = Channels.TRUSTPILOT, filePatterns = { "trustpilot*.json", "*.trustpilot.json" }, version = "1")
public final class TrustpilotImporter implements ChannelImporter {
    public static final String FORMAT_ID = "trustpilot";

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        TrustpilotMapper mapper = new TrustpilotMapper();
        JsonRecords.Handler handler = (node, raw, number, offset) -> mapper.map(node).deliver(sink, raw, number, offset);
        ReviewJson.read(input, sink, progress, "Trustpilot", (records, file) -> walk(records, file, handler));
        progress.done();
    }

    private static void walk(JsonRecords records, String file, JsonRecords.Handler handler) throws IOException {
        JsonParser p = records.parser();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            records.elements(handler);
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            records.rejectDocument(records.tokenOffset(), notTrustpilot(file, JsonRecords.describe(p.currentToken())));
            return;
        }
        long start = records.beginLone();
        ObjectNode lone = records.mapper().createObjectNode();
        List<String> keys = new ArrayList<>();
        boolean page = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            keys.add(name);
            if ((name.equals("reviews") || name.equals("events")) && value == JsonToken.START_ARRAY) {
                if (!page) {
                    records.abandonLone();
                    page = true;
                }
                records.elements(handler);
            } else if (page || records.loneTooLarge()) {
                p.skipChildren(); // a page's links and counts; or a lone record that is rejected anyway
            } else {
                lone.set(name, records.mapper().readTree(p));
            }
        }
        if (p.currentToken() == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "unexpected end of the file in an object");
        }
        if (page) {
            return;
        }
        if (lone.has("id") || lone.has("stars") || lone.has("eventData")) {
            records.lone(lone, start, records.endOffset(), handler);
        } else {
            records.abandonLone();
            records.rejectDocument(start, notTrustpilot(file, "an object with the keys " + keys));
        }
    }

    private static String notTrustpilot(String file, String what) {
        return "not Trustpilot reviews: " + file + " is " + what + "; expected a review object, an array of reviews,"
                + " {\"reviews\": [...]} or {\"events\": [...]}";
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.hasKeys("companyReply") || h.hasKeys("stars", "consumer") || h.text().contains("service-review-")) {
            return Recognition.likely(90, "Trustpilot reviews (stars, consumer, companyReply)");
        }
        return Recognition.notThis("no Trustpilot review fields at the start");
    }
}
