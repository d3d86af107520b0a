/**
 * CSV and TSV files of any layout, read through a column mapping: which column gives each canonical field,
 * constants, value maps and timestamp formats ({@link io.rapport.importer.csv.CsvMapping}), kept in a JSON
 * mapping file ({@link io.rapport.importer.csv.CsvMappingFile}); a first mapping guessed from a header
 * ({@link io.rapport.importer.csv.MappingGuess}); and a preview of the first mapped records of a file for a
 * mapping being edited ({@link io.rapport.importer.csv.CsvPreview}), as an import wizard page shows it.
 */
package io.rapport.importer.csv;
