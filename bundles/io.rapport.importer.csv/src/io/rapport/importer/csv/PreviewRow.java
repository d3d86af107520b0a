package io.rapport.importer.csv;

import io.rapport.core.model.Interaction;

import java.util.List;

/**
 * One row of a file as the mapping reads it.
 *
 * @param row         1-based, the header being row 1
 * @param offset      byte offset of the row in the file
 * @param raw         the row as in the file
 * @param interaction what it becomes, or {@code null} when it is rejected
 * @param reasons     why it is rejected (each naming the field and its column); empty when it is mapped
 */
public record PreviewRow(long row, long offset, String raw, Interaction interaction, List<String> reasons) {
    public PreviewRow {
        reasons = List.copyOf(reasons);
    }

    public boolean mapped() {
        return interaction != null;
    }
}
