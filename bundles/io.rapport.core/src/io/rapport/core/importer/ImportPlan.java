package io.rapport.core.importer;

import java.util.List;
import java.util.Optional;

/**
 * What an import reads, in order, one dataset per {@link Unit}. It keeps the archives it found open until it is
 * closed.
 */
public interface ImportPlan extends AutoCloseable {

    /**
     * One input and the importer picked for it.
     *
     * @param why why this format was picked when that was not obvious from the name alone, else {@code null}
     */
    record Unit(ImportInput input, ImporterDescriptor format, String why) {
    }

    List<Unit> units();

    /** Files of a folder or archive left out, each with why (an importer needs an option not given). */
    default List<String> skipped() {
        return List.of();
    }

    /**
     * The first safety limit (a compression ratio, an entry's size) that an archive or compressed file of this
     * plan hit while it was being read, as a message naming the file, the entry and the limit. Reading stops
     * with an exception when a limit is hit, but an importer may take that for a bad record and go on; the
     * import service asks here after each input, so such an import still fails.
     */
    Optional<String> refusal();

    @Override
    void close();
}
