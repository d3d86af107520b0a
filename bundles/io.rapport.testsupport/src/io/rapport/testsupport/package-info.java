/**
 * Helpers for testing an importer (or any extension) against the real Rapport services in an OSGi test
 * runtime: the import service, the importer registry and the DuckDB project store; and what the importers'
 * property tests share (byte damage, the checks of a damaged file's answer, the round-trip comparison, JSON
 * string literals, awkward text pieces). The jqwik generators themselves live in each test fragment: jqwik
 * runs only embedded in the test bundle, so this bundle cannot hand out its types.
 */
package io.rapport.testsupport;
