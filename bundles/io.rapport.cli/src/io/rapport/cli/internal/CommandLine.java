package io.rapport.cli.internal;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectLockedException;

import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code rapport <command> [args]} and turns every failure into a one-line message and exit code. */
public final class CommandLine {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final String version;

    CommandLine(CliServices services, String version) {
        this.version = version;
        for (Command c : List.of(new NewCommand(services), new FormatsCommand(services),
                new ImportCommand(services), new MappingCommand(), new InfoCommand(services), new SampleCommand(services),
                new MetricsCommand(services), new CycleCommand(services), new ScoreCommand(services),
                new GapCommand(services), new JourneyCommand(services), new ExtensionsCommand(services),
                new BenchCommand(services))) {
            commands.put(c.name(), c);
        }
    }

    /** A command line on the services of the OSGi runtime that loaded this bundle (for {@code RapportCli}). */
    public static InProcess inThisRuntime() {
        return (args, out, err) -> {
            Bundle bundle = FrameworkUtil.getBundle(CommandLine.class);
            try (OsgiServiceLookup lookup = new OsgiServiceLookup(bundle.getBundleContext())) {
                int code = new CommandLine(new CliServices(lookup), bundle.getVersion().toString())
                        .run(args, new Console(out, err));
                out.flush();
                return code;
            }
        };
    }

    /** Runs commands with output to the given streams. */
    @FunctionalInterface
    public interface InProcess {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    public int run(List<String> args, Console console) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            console.out().print(overview());
            return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
        }
        if (args.get(0).equals("--version")) {
            console.out().println("rapport " + version);
            return ExitCodes.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            console.err().println("rapport: unknown command '" + args.get(0) + "'. Run 'rapport --help' for the list.");
            return ExitCodes.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            console.out().print(command.help());
            return ExitCodes.OK;
        }
        String prefix = "rapport " + command.name() + ": ";
        try {
            return command.run(rest, console);
        } catch (UsageException e) {
            console.err().println(prefix + e.getMessage());
            console.err().println("Run 'rapport " + command.name() + " --help' for usage.");
            return ExitCodes.USAGE;
        } catch (ImportInputException e) {
            console.err().println(prefix + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ProjectLockedException e) {
            console.err().println(prefix + e.getMessage());
            return ExitCodes.PROJECT_BUSY;
        } catch (ProjectException e) {
            console.err().println(prefix + e.getMessage());
            return e.getCause() == null ? ExitCodes.USAGE : ExitCodes.INTERNAL_ERROR;
        } catch (OperationCanceledException e) {
            console.err().println(prefix + "cancelled; nothing was changed");
            return ExitCodes.INTERNAL_ERROR;
        } catch (Exception | Error e) {
            console.err().println(prefix + "internal error: " + e);
            if (System.getenv("RAPPORT_DEBUG") != null) {
                e.printStackTrace(console.err());
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private String overview() {
        StringBuilder b = new StringBuilder("Usage: rapport <command> [options]   (rapport with no command starts the workbench)\n\nCommands:\n");
        commands.values().forEach(c -> b.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        b.append("\nRun 'rapport <command> --help' for a command's options.\n")
                .append("Exit codes: 0 ok, 1 internal error, 2 usage or missing file/project, 3 input rejected,\n")
                .append("            4 project open in another process.\n");
        return b.toString();
    }
}
