package io.rapport.importer.csv;

import io.rapport.importer.csv.internal.MappingJson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Mapping files: a {@link CsvMapping} as JSON (the format is documented in the README under "CSV files"), read
 * by {@code rapport import --mapping FILE} and written by the import wizard and {@code rapport mapping guess}.
 */
public final class CsvMappingFile {
    private CsvMappingFile() {
    }

    /**
     * @throws CsvMappingException naming the file and the JSON path of the first problem
     */
    public static CsvMapping read(Path file) throws CsvMappingException {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CsvMappingException(file + ": no such mapping file");
        } catch (CharacterCodingException e) {
            throw new CsvMappingException(file + ": a mapping file is UTF-8 JSON", e);
        } catch (IOException e) {
            throw new CsvMappingException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    /**
     * @param source how messages name the JSON (a file name)
     * @throws CsvMappingException naming the source and the JSON path of the first problem
     */
    public static CsvMapping parse(String json, String source) throws CsvMappingException {
        try {
            return MappingJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new CsvMappingException(source + ": " + e.getMessage(), e);
        }
    }

    /** The mapping as JSON, as {@link #write} saves it. */
    public static String toJson(CsvMapping mapping) {
        return MappingJson.write(mapping, null);
    }

    /** The mapping as JSON with a {@code "comment"} first (e.g. that it is a guess). */
    public static String toJson(CsvMapping mapping, String comment) {
        return MappingJson.write(mapping, comment);
    }

    /**
     * Saves the mapping (replacing the file). What is saved reads back as the same mapping.
     *
     * @param comment a note kept in the file as {@code "comment"}, e.g. where it came from; may be {@code null}
     */
    public static void write(CsvMapping mapping, Path file, String comment) throws IOException {
        Files.writeString(file, MappingJson.write(mapping, comment));
    }
}
