package io.rapport.hierarchy.core;

import io.rapport.core.survey.Instrument;

import java.util.Objects;

/**
 * An instrument as read: the model, the JSON text it was read from (kept in the project as the instrument's
 * original) and where it came from.
 *
 * @param source the file, or {@code demo} for the built-in demo instrument
 */
public record InstrumentFile(Instrument instrument, String definition, String source) {
    public InstrumentFile {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
    }
}
