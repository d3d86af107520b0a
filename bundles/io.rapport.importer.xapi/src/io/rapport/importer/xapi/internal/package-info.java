/** The X API v2 importer's implementation: not API, exported x-internal for the test fragment. */
package io.rapport.importer.xapi.internal;
