package io.rapport.cli.internal;

import io.rapport.core.importer.ImportInputException;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.MappingGuess;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rapport mapping guess}: a first column mapping for a CSV/TSV file, from its header, to edit. */
final class MappingCommand implements Command {

    @Override
    public String name() {
        return "mapping";
    }

    @Override
    public String summary() {
        return "'mapping guess <file.csv>': a first column mapping of a CSV/TSV file for 'import --mapping'";
    }

    @Override
    public String help() {
        return """
                Usage: rapport mapping guess <file.csv> [--out FILE]

                Reads the header of a CSV or TSV file (its encoding and delimiter are detected) and prints a
                column mapping guessed from the column names (id, created_at or date, text or message, author or
                user, ...) as JSON, for 'rapport import --mapping FILE'. It is a guess: check each field, set the
                channel and kind constants, and give created_at a "format" and "zone" when the dates are not
                ISO-8601 or epoch seconds. Columns it does not recognise are left out.
                  --out FILE   write the mapping to FILE instead of printing it
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--out"), Set.of());
        if (a.positional().size() != 2 || !a.positional().get(0).equals("guess")) {
            throw new UsageException("expected 'mapping guess <file.csv>'");
        }
        Path file = Path.of(a.positional().get(1));
        CsvMapping guess;
        try {
            guess = MappingGuess.forFile(file);
        } catch (NoSuchFileException e) {
            throw new ImportInputException(file + ": no such file");
        } catch (IOException e) {
            throw new ImportInputException(e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": cannot be read: " + e.getMessage(), e);
        }
        String comment = MappingGuess.comment(file.getFileName().toString());
        if (a.value("--out") != null) {
            Path out = Path.of(a.value("--out"));
            CsvMappingFile.write(guess, out, comment);
            console.err().println("wrote " + out + " (a guess: check it before importing)");
        } else {
            console.out().print(CsvMappingFile.toJson(guess, comment));
        }
        if (!guess.unmappedRequired().isEmpty()) {
            console.err().println("rapport mapping: no column found for " + String.join(", ",
                    guess.unmappedRequired()) + ": add them before importing");
        }
        return ExitCodes.OK;
    }
}
