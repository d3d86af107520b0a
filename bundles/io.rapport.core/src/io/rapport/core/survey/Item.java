package io.rapport.core.survey;

import java.util.Objects;

/**
 * One statement of the instrument that respondents rate on the instrument's scale.
 *
 * @param level   the id of the {@link Level} it measures
 * @param reverse reverse-coded (agreeing is the unfavourable answer): an answer {@code a} counts as
 *                {@code min + max - a} everywhere, top box included
 */
public record Item(String id, String text, String level, boolean reverse) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
    }
}
