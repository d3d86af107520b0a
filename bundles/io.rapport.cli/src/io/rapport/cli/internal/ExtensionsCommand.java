package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.extensions.Extension;
import io.rapport.extensions.ExtensionChange;
import io.rapport.extensions.ExtensionException;
import io.rapport.extensions.ExtensionManager;
import io.rapport.extensions.SiteLocation;
import io.rapport.extensions.TrustOptions;
import io.rapport.extensions.TrustRefusedException;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code rapport extensions list|sites|install|uninstall|update}: extensions from p2 update sites, headless. */
final class ExtensionsCommand implements Command {
    private static final Set<String> TRUST_OPTIONS = Set.of("--site", "--trust-key");

    private final CliServices services;

    ExtensionsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "extensions";
    }

    @Override
    public String summary() {
        return "list, install, update and uninstall extensions from update sites";
    }

    @Override
    public String help() {
        return """
                Usage: rapport extensions list [--available] [--site URL|FOLDER|ZIP]... [--json]
                       rapport extensions sites [--json]
                       rapport extensions install FEATURE[/VERSION]... [--site ...]... [--allow-unsigned]
                                                  [--trust-key FINGERPRINT]... [--json]
                       rapport extensions update [FEATURE...] [--site ...]... [--allow-unsigned]
                                                 [--trust-key FINGERPRINT]... [--json]
                       rapport extensions uninstall FEATURE... [--json]

                Manages the extensions of this installation with p2 (run it as the user who owns the installation).
                Changes take effect when Rapport next starts.
                  list              the installed extensions; with --available, what the update sites offer
                  sites             the configured update sites: the build's, then io.rapport.extensions/sites from
                                    the administrator's plugin_customization.ini (next to the rapport launcher)
                  install           installs the latest version of each feature (or the given version)
                  update            updates the named extensions, or all installed ones, to the sites' latest
                  uninstall         removes installed extensions
                  --site            also read this site: a URL, a site folder or a site's .zip (offline install)
                Artifacts must be PGP-signed by a trusted key: Rapport's own site key, or one the administrator lists
                in io.rapport.extensions/trustedKeys. Anything else is refused (exit code 3) unless allowed:
                  --allow-unsigned  accept artifacts without any signature (or io.rapport.extensions/allowUnsigned=true)
                  --trust-key       accept signatures by this PGP key (its fingerprint) for this run
                Exit codes: 0 ok, 1 the change failed, 2 usage (unknown extension, no site, no permission),
                3 refused as unsigned or untrusted. Nothing is changed when a command fails.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("missing the action: list, sites, install, update or uninstall");
        }
        String action = args.get(0);
        Arguments a = Arguments.parse(args.subList(1, args.size()), TRUST_OPTIONS,
                Set.of("--json", "--available", "--allow-unsigned"));
        ExtensionManager manager = services.extensions();
        ConsoleProgress progress = new ConsoleProgress(console.err());
        try {
            switch (action) {
                case "list" -> {
                    noPositional(a);
                    if (a.flag("--available")) {
                        printCatalog(manager.available(sites(a), progress), a.flag("--json"), console);
                    } else {
                        printList("installed", manager.installed(), a.flag("--json"), console);
                    }
                }
                case "sites" -> {
                    noPositional(a);
                    printSites(manager.configuredSites(), a.flag("--json"), console);
                }
                case "install" -> printChange(manager.install(a.positional(), sites(a), trust(a), progress),
                        a.flag("--json"), console);
                case "update" -> printChange(manager.update(a.positional(), sites(a), trust(a), progress),
                        a.flag("--json"), console);
                case "uninstall" -> printChange(manager.uninstall(a.positional(), progress), a.flag("--json"),
                        console);
                default -> throw new UsageException("unknown action '" + action
                        + "' (list, sites, install, update or uninstall)");
            }
        } catch (TrustRefusedException e) {
            console.err().println("rapport extensions: " + e.getMessage());
            return ExitCodes.REJECTED;
        } catch (ExtensionException e) {
            console.err().println("rapport extensions: " + e.getMessage());
            return e.getCause() == null ? ExitCodes.USAGE : ExitCodes.INTERNAL_ERROR;
        }
        return ExitCodes.OK;
    }

    private static void noPositional(Arguments a) throws UsageException {
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + a.positional().get(0) + "'");
        }
    }

    private static List<URI> sites(Arguments a) throws UsageException {
        List<URI> sites = new ArrayList<>();
        for (String s : a.values("--site")) {
            try {
                sites.add(SiteLocation.parse(s));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return sites;
    }

    private static TrustOptions trust(Arguments a) {
        return new TrustOptions(a.flag("--allow-unsigned"), Set.copyOf(a.values("--trust-key")));
    }

    private static void printList(String what, List<Extension> extensions, boolean json, Console console)
            throws IOException {
        if (json) {
            JsonOutput.print(console.out(), g -> writeExtensions(g, what, extensions));
            return;
        }
        if (extensions.isEmpty()) {
            console.out().println("No extensions " + what + ".");
            return;
        }
        console.out().printf("%-40s %-28s %s%n", "EXTENSION", "VERSION", "NAME");
        for (Extension e : extensions) {
            console.out().printf("%-40s %-28s %s%s%n", e.id(), e.version(), e.name(),
                    e.provider().isEmpty() ? "" : " (" + e.provider() + ")");
        }
    }

    private static void printCatalog(ExtensionManager.Catalog catalog, boolean json, Console console)
            throws IOException {
        if (json) {
            JsonOutput.print(console.out(), g -> {
                writeExtensions(g, "available", catalog.extensions());
                g.writeArrayFieldStart("unreadable_sites");
                for (String s : catalog.unreadable()) {
                    g.writeString(s);
                }
                g.writeEndArray();
            });
            return;
        }
        printList("available", catalog.extensions(), false, console);
        catalog.unreadable().forEach(s -> console.err().println("rapport extensions: could not read " + s));
    }

    private static void printSites(List<URI> sites, boolean json, Console console) throws IOException {
        if (json) {
            JsonOutput.print(console.out(), g -> {
                g.writeArrayFieldStart("sites");
                for (URI s : sites) {
                    g.writeString(s.toString());
                }
                g.writeEndArray();
            });
            return;
        }
        if (sites.isEmpty()) {
            console.out().println("No update site is configured (give one with --site).");
        }
        sites.forEach(s -> console.out().println(s));
    }

    private static void printChange(ExtensionChange change, boolean json, Console console) throws IOException {
        if (json) {
            JsonOutput.print(console.out(), g -> {
                writeExtensions(g, "added", change.added());
                writeExtensions(g, "removed", change.removed());
                g.writeBooleanField("restart_needed", !change.isEmpty());
            });
            return;
        }
        if (change.isEmpty()) {
            console.out().println("Nothing to change.");
            return;
        }
        change.added().forEach(e -> console.out().println("+ " + e.id() + " " + e.version() + "  " + e.name()));
        change.removed().forEach(e -> console.out().println("- " + e.id() + " " + e.version() + "  " + e.name()));
        console.out().println("Restart Rapport to use the change.");
    }

    private static void writeExtensions(JsonGenerator g, String field, List<Extension> extensions)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Extension e : extensions) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("version", e.version());
            g.writeStringField("name", e.name());
            g.writeStringField("provider", e.provider());
            g.writeStringField("description", e.description());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
