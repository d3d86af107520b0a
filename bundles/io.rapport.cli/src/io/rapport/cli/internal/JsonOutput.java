package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintStream;

/** Writes a command's {@code --json} document to stdout: one pretty-printed JSON object and a newline. */
final class JsonOutput {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the fields of one object. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOutput() {
    }

    static void print(PrintStream out, Body body) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        body.write(g);
        g.writeEndObject();
        g.flush();
        out.println();
        out.flush();
    }
}
