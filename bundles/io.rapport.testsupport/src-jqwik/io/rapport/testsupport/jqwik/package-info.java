/**
 * jqwik generators the importers' property tests share: awkward texts, instants across two centuries, byte-level
 * damage. jqwik runs under Tycho only when embedded in the test bundle itself, so these sources are not part of
 * {@code io.rapport.testsupport}'s jar: each importer test fragment compiles them in as a second source folder
 * ({@code source.. = src/,../io.rapport.testsupport/src-jqwik/}), against its own copy of jqwik.
 */
package io.rapport.testsupport.jqwik;
