package io.rapport.testsupport;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what an importer hands over, for tests that look at the mapping and offsets without a store. */
public final class CapturingSink implements ImportSink {
    /** One accepted record: the mapped interaction, its original text and where it was. */
    public record Accepted(Interaction interaction, String raw, long record, long offset) {
    }

    public final List<Accepted> accepted = new ArrayList<>();
    /** How many accepted records came as an {@link OriginalRecord} whose template has at least one slot. */
    public int templated;
    public final List<RecordError> rejected = new ArrayList<>();

    /** Reads the file with the importer, as the import service would, but into this sink. */
    public static CapturingSink read(ChannelImporter importer, Path file) throws IOException {
        return read(importer, ImportInput.of(file));
    }

    /** Reads the input (a file, or content held in memory) with the importer into this sink. */
    public static CapturingSink read(ChannelImporter importer, ImportInput input) throws IOException {
        CapturingSink sink = new CapturingSink();
        importer.read(input, sink, new NullProgressMonitor());
        return sink;
    }

    @Override
    public void accept(Interaction interaction, String raw, long line, long offset) {
        accepted.add(new Accepted(interaction, raw, line, offset));
    }

    /**
     * Takes the original as a store would, and checks on the way what a store relies on: that its template, filled
     * from the interaction, gives the original back byte for byte (an assertion error otherwise).
     */
    @Override
    public void accept(Interaction interaction, OriginalRecord original, long line, long offset) {
        String raw = original.toString();
        if (original.makeTemplate(interaction) > 0) {
            String template = new String(original.template(), 0, original.templateLength(), StandardCharsets.UTF_8);
            String filled = OriginalRecord.fill(template, interaction);
            if (!filled.equals(raw)) {
                throw new AssertionError("record " + line + ": its template " + template.replace('\u0001', '§')
                        + " gives\n" + filled + "\nnot the original\n" + raw);
            }
            templated++;
        }
        accept(interaction, raw, line, offset);
    }

    @Override
    public void reject(long line, long offset, String reason) {
        rejected.add(new RecordError(line, offset, reason));
    }

    @Override
    public void reject(long line, long offset, String reason, String raw) {
        rejected.add(new RecordError(line, offset, reason, raw));
    }

    /** The accepted record of that source id; an assertion error listing the ids there are when missing. */
    public Accepted record(String sourceId) {
        return accepted.stream().filter(a -> a.interaction().sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + sourceId + " in " + sourceIds()));
    }

    public Interaction bySourceId(String sourceId) {
        return record(sourceId).interaction();
    }

    public List<String> sourceIds() {
        return accepted.stream().map(a -> a.interaction().sourceId()).toList();
    }

    /** The rejections as "record: reason". */
    public List<String> rejections() {
        return Rejections.lines(rejected);
    }
}
