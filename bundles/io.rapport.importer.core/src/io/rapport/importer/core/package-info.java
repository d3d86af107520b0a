/**
 * What every channel importer needs besides its format: cutting a byte stream into lines or records kept byte
 * for byte, JSON parsers with safety limits and one-line reasons for what they refuse, progress in bytes with
 * cancellation, and the exception that carries a bad record's user-facing reason. Written once here so that
 * a fix (a bound on memory, a clearer message) reaches every format.
 */
package io.rapport.importer.core;
