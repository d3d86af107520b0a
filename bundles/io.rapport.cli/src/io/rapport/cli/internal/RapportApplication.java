package io.rapport.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import java.util.Arrays;

/** The Equinox application {@code io.rapport.cli.application}: the headless command line. */
public final class RapportApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        return CommandLine.inThisRuntime().run(Arrays.asList(args), System.out, System.err);
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }
}
