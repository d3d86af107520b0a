package io.rapport.core.importer;

import java.util.List;
import java.util.Optional;

/** The importers installed in this runtime (DS service). */
public interface ImporterRegistry {

    /** Sorted by id. */
    List<ImporterDescriptor> descriptors();

    Optional<ImporterDescriptor> descriptor(String id);

    /** Gets (and activates, if needed) the importer of that id. */
    Optional<ChannelImporter> importer(String id);
}
