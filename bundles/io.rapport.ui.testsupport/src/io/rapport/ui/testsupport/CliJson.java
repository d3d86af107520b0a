package io.rapport.ui.testsupport;

import io.rapport.cli.RapportCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a command of the command line prints as JSON, run through its in-process entry point: what a view is
 * checked against. Run it before the workbench opens the project (a project is open in one place at a time).
 */
public final class CliJson {
    private CliJson() {
    }

    /** @throws AssertionError with the command and its error output when it does not exit 0 */
    public static JsonNode of(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new AssertionError("rapport " + String.join(" ", args) + " exited " + exit + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
