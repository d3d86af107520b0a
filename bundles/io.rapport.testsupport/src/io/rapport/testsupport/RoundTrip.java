package io.rapport.testsupport;

import io.rapport.core.model.Interaction;

import java.util.List;
import java.util.Objects;

/** The check of every round-trip property: nothing rejected, and exactly the generated records, in order. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** For formats that hand nested records over when their container closes: the same records, in any order. */
    public static void assertReadBackInAnyOrder(List<ExpectedRecord> expected, CapturingSink sink) {
        java.util.Comparator<ExpectedRecord> byId = java.util.Comparator.comparing(ExpectedRecord::sourceId);
        CapturingSink sorted = new CapturingSink();
        sorted.rejected.addAll(sink.rejected);
        sink.accepted.stream().sorted(java.util.Comparator.comparing(a -> a.interaction().sourceId()))
                .forEach(sorted.accepted::add);
        assertReadBackExactly(expected.stream().sorted(byId).toList(), sorted);
    }

    public static void assertReadBackExactly(List<ExpectedRecord> expected, CapturingSink sink) {
        if (!sink.rejected.isEmpty()) {
            throw new AssertionError("valid records were rejected: " + sink.rejections());
        }
        if (sink.accepted.size() != expected.size()) {
            throw new AssertionError("expected " + expected.size() + " records, read " + sink.accepted.size() + ": "
                    + sink.sourceIds());
        }
        for (int i = 0; i < expected.size(); i++) {
            ExpectedRecord e = expected.get(i);
            Interaction got = sink.accepted.get(i).interaction();
            ExpectedRecord read = new ExpectedRecord(got.sourceId(), got.createdAt(), got.text(), got.authorHandle(),
                    got.inReplyTo());
            if (!Objects.equals(e, read)) {
                throw new AssertionError("record " + (i + 1) + " read back differently:\n  written " + e
                        + "\n  read    " + read);
            }
        }
    }
}
