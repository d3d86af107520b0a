package io.rapport.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import java.util.Arrays;

/** The Equinox application {@code io.rapport.cli.application}: the headless command line. */
public final class RapportApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        try (OsgiServiceLookup lookup = new OsgiServiceLookup(bundle.getBundleContext())) {
            Console console = new Console(System.out, System.err);
            int code = new CommandLine(new CliServices(lookup), bundle.getVersion().toString())
                    .run(Arrays.asList(args), console);
            console.out().flush();
            return code;
        }
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }
}
