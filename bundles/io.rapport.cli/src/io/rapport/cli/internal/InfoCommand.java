package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectSummary;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code rapport info}: what a project holds. */
final class InfoCommand implements Command {
    private final CliServices services;

    InfoCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "show a project: counts per channel and kind, date range, datasets, accounts, staff";
    }

    @Override
    public String help() {
        return """
                Usage: rapport info <project> [--json]

                Shows the project's interactions per channel and kind, their date range (UTC), the imported
                datasets with their counts, and the settings: our accounts, staff (with department) and spaces.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--json"));
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        try (ProjectStore store = services.projects().open(dir)) {
            ProjectSummary summary = store.summary();
            List<Dataset> datasets = store.datasets();
            ProjectSettings settings = store.settings();
            if (a.flag("--json")) {
                JsonOutput.print(console.out(), g -> writeJson(g, store, summary, datasets, settings));
            } else {
                printHuman(console, store, summary, datasets, settings);
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Map<String, Long>> byChannel(ProjectSummary summary) {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        for (ChannelKindCount c : summary.counts()) {
            m.computeIfAbsent(c.channel(), k -> new LinkedHashMap<>()).put(c.kind(), c.count());
        }
        return m;
    }

    private static void printHuman(Console console, ProjectStore store, ProjectSummary summary, List<Dataset> datasets,
            ProjectSettings settings) {
        var out = console.out();
        out.printf("Project %s%n  directory: %s%n  schema version: %d%n", settings.name(), store.directory(),
                store.schemaVersion());
        out.printf("Interactions: %,d%s%n", summary.interactions(), summary.firstInteraction() == null ? ""
                : " from " + summary.firstInteraction() + " to " + summary.lastInteraction());
        byChannel(summary).forEach((channel, kinds) -> {
            long total = kinds.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder b = new StringBuilder();
            kinds.forEach((k, n) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(String.format("%,d", n)));
            out.printf("  %-12s %,9d  (%s)%n", channel, total, b);
        });
        out.printf("Datasets: %d%n", datasets.size());
        for (Dataset d : datasets) {
            out.printf("  #%d %s [%s] %,d imported, %,d duplicates, %,d rejected, %s%n", d.id(),
                    ImportInput.shortName(d.file()), d.format(), d.imported(), d.duplicates(), d.rejected(),
                    d.importedAt());
        }
        out.println("Our accounts: " + (settings.ourAccounts().isEmpty() ? "(none)"
                : String.join(", ", settings.ourAccounts().stream().map(AccountRef::toString).toList())));
        out.println("Staff: " + (settings.staff().isEmpty() ? "(none)" : ""));
        settings.staff().forEach(s -> out.printf("  %s:%s (%s)%n", s.channel(), s.handle(), s.department()));
        out.println("Spaces: " + (settings.spaces().isEmpty() ? "(none)"
                : String.join(", ", settings.spaces().stream().map(OwnedSpace::toString).toList())));
    }

    private static void writeJson(JsonGenerator g, ProjectStore store, ProjectSummary summary, List<Dataset> datasets,
            ProjectSettings settings) throws IOException {
        g.writeStringField("project", settings.name());
        g.writeStringField("directory", store.directory().toString());
        g.writeNumberField("schema_version", store.schemaVersion());
        g.writeNumberField("interactions", summary.interactions());
        writeInstant(g, "first", summary.firstInteraction());
        writeInstant(g, "last", summary.lastInteraction());
        g.writeArrayFieldStart("channels");
        for (var e : byChannel(summary).entrySet()) {
            g.writeStartObject();
            g.writeStringField("channel", e.getKey());
            g.writeNumberField("total", e.getValue().values().stream().mapToLong(Long::longValue).sum());
            g.writeObjectFieldStart("kinds");
            for (var k : e.getValue().entrySet()) {
                g.writeNumberField(k.getKey(), k.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("datasets");
        for (Dataset d : datasets) {
            g.writeStartObject();
            g.writeNumberField("id", d.id());
            g.writeStringField("file", d.file());
            g.writeStringField("format", d.format());
            writeInstant(g, "imported_at", d.importedAt());
            g.writeNumberField("imported", d.imported());
            g.writeNumberField("duplicates", d.duplicates());
            g.writeNumberField("rejected", d.rejected());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("our_accounts");
        for (AccountRef r : settings.ourAccounts()) {
            g.writeStartObject();
            g.writeStringField("channel", r.channel());
            g.writeStringField("handle", r.handle());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("staff");
        for (StaffMember s : settings.staff()) {
            g.writeStartObject();
            g.writeStringField("channel", s.channel());
            g.writeStringField("handle", s.handle());
            g.writeStringField("department", s.department());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("spaces");
        for (OwnedSpace s : settings.spaces()) {
            g.writeStartObject();
            g.writeStringField("channel", s.channel());
            g.writeStringField("name", s.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeInstant(JsonGenerator g, String field, Instant value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value.toString());
        }
    }
}
