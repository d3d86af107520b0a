package io.rapport.cli.internal;

import io.rapport.core.importer.ImporterDescriptor;

import java.util.List;
import java.util.Set;

/** {@code rapport formats}: the installed importers. */
final class FormatsCommand implements Command {
    private final CliServices services;

    FormatsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String summary() {
        return "list the installed importers (format id, label, file patterns)";
    }

    @Override
    public String help() {
        return """
                Usage: rapport formats [--json]

                Lists the importers installed in this Rapport: the format id to give to 'rapport import --format',
                what it reads, the channel its records get ('*' = the file says) and the file names it recognises
                (also inside zips, and without a .gz/.zst suffix); in --json, "containers" lists the containers an
                importer reads itself instead of their entries or content (zip, gz, zst).
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--json"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
        List<ImporterDescriptor> formats = services.importers().descriptors();
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> {
                g.writeArrayFieldStart("formats");
                for (ImporterDescriptor d : formats) {
                    g.writeStartObject();
                    g.writeStringField("id", d.id());
                    g.writeStringField("label", d.label());
                    g.writeStringField("channel", d.channel());
                    g.writeArrayFieldStart("file_patterns");
                    for (String p : d.filePatterns()) {
                        g.writeString(p);
                    }
                    g.writeEndArray();
                    g.writeStringField("version", d.version());
                    g.writeArrayFieldStart("containers");
                    for (String c : d.containers()) {
                        g.writeString(c);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        } else {
            console.out().printf("%-16s %-8s %-40s %s%n", "FORMAT", "CHANNEL", "LABEL", "FILES");
            for (ImporterDescriptor d : formats) {
                console.out().printf("%-16s %-8s %-40s %s%n", d.id(), d.channel(), d.label(),
                        String.join(" ", d.filePatterns()));
            }
        }
        return ExitCodes.OK;
    }
}
