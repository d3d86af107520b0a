/** The Meta importer's implementation: not API, exported x-internal for the test fragment. */
package io.rapport.importer.meta.internal;
