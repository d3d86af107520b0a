/**
 * Helpers for testing an importer (or any extension) against the real Rapport services in an OSGi test
 * runtime: the import service, the importer registry and the DuckDB project store, and damaged copies of
 * fixture files for mutation tests.
 */
package io.rapport.testsupport;
