/**
 * The channel importer SPI and the import service. An importer is a DS service of type
 * {@link io.rapport.core.importer.ChannelImporter} with the component properties named there, so that
 * registries list importers without instantiating them.
 */
package io.rapport.core.importer;
