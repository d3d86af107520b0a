package io.rapport.core.survey;

import java.util.Objects;

/**
 * One level of the engagement hierarchy, as the instrument names it ({@code rational}, {@code confidence}, ...):
 * ids and labels are data, not constants.
 */
public record Level(String id, String label) {
    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
