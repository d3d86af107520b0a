/**
 * The store API: opening projects, importing in one transaction, reading what a project holds, and running
 * the portable SQL of the analyses. Analyses never open a database themselves; the engine (DuckDB embedded by
 * default) is an implementation of these interfaces.
 */
package io.rapport.core.store;
