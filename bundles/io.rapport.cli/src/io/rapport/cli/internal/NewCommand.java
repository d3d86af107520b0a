package io.rapport.cli.internal;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code rapport new}: creates an empty project. */
final class NewCommand implements Command {
    private final CliServices services;

    NewCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "create a project (a directory) with our accounts, staff and spaces";
    }

    @Override
    public String help() {
        return """
                Usage: rapport new <project> [--name NAME] [--account CHANNEL:HANDLE]...
                                   [--staff CHANNEL:HANDLE:DEPARTMENT]... [--space CHANNEL:NAME]...

                Creates a project in the directory <project> (created if missing; it must not hold a project).
                  --name NAME                         project name (default: the directory name)
                  --account CHANNEL:HANDLE            one of our brand accounts, e.g. x:acmehelp
                  --staff CHANNEL:HANDLE:DEPARTMENT   an employee who answers customers, e.g. x:jdoe:support
                  --space CHANNEL:NAME                a space we run, e.g. reddit:r/acme or discourse:forum.acme.example
                Channels: x, mastodon, reddit, facebook, instagram, linkedin, bluesky, google-play, app-store,
                          trustpilot, zendesk, discourse, csv.
                The settings are kept readable in <project>/rapport-project.json.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--name", "--account", "--staff", "--space"), Set.of());
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        List<AccountRef> accounts = new ArrayList<>();
        List<StaffMember> staff = new ArrayList<>();
        List<OwnedSpace> spaces = new ArrayList<>();
        try {
            a.values("--account").forEach(s -> accounts.add(AccountRef.parse(s)));
            a.values("--staff").forEach(s -> staff.add(StaffMember.parse(s)));
            a.values("--space").forEach(s -> spaces.add(OwnedSpace.parse(s)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String name = a.value("--name") != null ? a.value("--name")
                : dir.toAbsolutePath().normalize().getFileName().toString();
        try (ProjectStore store = services.projects().create(dir, new ProjectSettings(name, accounts, staff, spaces))) {
            console.out().println("Created project '" + name + "' in " + store.directory());
        }
        return ExitCodes.OK;
    }
}
