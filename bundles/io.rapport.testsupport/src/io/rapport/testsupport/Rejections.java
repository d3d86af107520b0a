package io.rapport.testsupport;

import io.rapport.core.store.RecordError;

import java.util.List;

/** Rejections as tests compare them: one "record: reason" string each. */
public final class Rejections {
    private Rejections() {
    }

    public static List<String> lines(List<RecordError> errors) {
        return errors.stream().map(e -> e.line() + ": " + e.reason()).toList();
    }
}
