package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

/** The fast path must agree with {@link OffsetDateTime#parse} on every value, valid or not. */
class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = { "2025-01-31T23:59:59Z", "2024-02-29T12:00:00.5+01:00", "1999-12-31T23:59:59.123456789-05:30",
            "2025-06-01T00:00:00+14:00", "2025-06-01T00:00:00.000001Z", "2025-06-01T00:00Z", "2025-06-01T00:00:00+0100" })
    void agreesWithTheGeneralParser(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text));
            return;
        }
        assertEquals(expected, IsoInstant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:00:60Z",
            "2025-01-01T00:00:00", "2025-01-01 00:00:00Z", "2025-01-01T00:00:00.1234567890Z", "2025-01-01T00:00:00+25:00", "yesterday" })
    void rejectsWhatTheGeneralParserRejects(String text) {
        assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text));
        assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text));
    }

    @Test
    void agreesOnManyRandomInstantsAndOffsets() {
        SplittableRandom random = new SplittableRandom(42);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        for (int k = 0; k < 20_000; k++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-36, 37) * 1800);
            String text = iso.format(t.atOffset(offset));
            assertEquals(t, IsoInstant.parse(text), text);
        }
    }
}
