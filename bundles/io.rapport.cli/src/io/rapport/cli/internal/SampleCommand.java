package io.rapport.cli.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rapport sample}: writes the built-in sample project. */
final class SampleCommand implements Command {
    private final CliServices services;

    SampleCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String summary() {
        return "write the built-in sample project (a fictional company, several channels, 14 months)";
    }

    @Override
    public String help() {
        return """
                Usage: rapport sample <project>

                Writes the built-in sample project into the directory <project> (created if missing; it must not
                hold a project): a fictional company's customer interactions on several channels over more than a
                year, with replies by brand accounts and staff of several departments, and a survey responses file
                in <project>/samples/. The data is generated deterministically: every run writes the same project.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        ConsoleProgress progress = new ConsoleProgress(console.err());
        try (ProjectStore store = services.samples().create(dir, progress)) {
            progress.done();
            ProjectSummary s = store.summary();
            console.out().printf("Wrote the sample project '%s' to %s: %,d interactions in %d datasets, %s to %s%n",
                    store.settings().name(), store.directory(), s.interactions(), store.datasets().size(),
                    s.firstInteraction(), s.lastInteraction());
        }
        return ExitCodes.OK;
    }
}
