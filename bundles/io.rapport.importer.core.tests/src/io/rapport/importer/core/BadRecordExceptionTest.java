package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BadRecordExceptionTest {
    @Test
    void carriesTheReasonAndNoStackTrace() {
        BadRecordException e = new BadRecordException("missing required field 'id'");
        assertEquals("missing required field 'id'", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "thrown per bad record: filling a stack trace would cost");
    }
}
