package io.rapport.extensions.internal;

import io.rapport.extensions.ExtensionException;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The p2 side of this Rapport installation: its p2 folder ({@code <install>/p2}), the agent working on it and
 * the profile the product was installed as. The agent is not the running system's: each command-line run has its
 * own configuration area, so p2 works on the installation as data, and a change applies at the next start.
 */
final class Installation implements AutoCloseable {
    /** The p2 service name that makes a non-running agent's {@code _SELF_} profile ours (as p2's director does). */
    private static final String FORCED_SELF = "FORCED_SELF";
    /**
     * p2's garbage collector, by its agent service name: it removes the artifacts no profile uses any more, so an
     * uninstalled extension's jars (and the signatures they came with) leave the installation too.
     */
    private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

    private final Path folder;
    private final String profileId;
    private final IProvisioningAgent agent;

    private Installation(Path folder, String profileId, IProvisioningAgent agent) {
        this.folder = folder;
        this.profileId = profileId;
        this.agent = agent;
    }

    /**
     * Opens the installation at {@code folder}.
     *
     * @throws ExtensionException when the folder is not a p2-installed Rapport
     */
    static Installation open(Path folder, String profileId, IProvisioningAgentProvider provider)
            throws ExtensionException {
        Path p2 = folder.resolve("p2");
        if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine").resolve("profileRegistry"))) {
            throw new ExtensionException("this Rapport (" + folder + ") has no p2 profile, so extensions cannot be "
                    + "managed here: use an installed product (built with ./rapport build, or unpacked from its archive)");
        }
        try {
            IProvisioningAgent agent = provider.createAgent(p2.toUri());
            agent.registerService(FORCED_SELF, profileId);
            return new Installation(folder, profileId, agent);
        } catch (ProvisionException e) {
            throw new ExtensionException("cannot open the p2 profile of " + folder + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    String profileId() {
        return profileId;
    }

    IProvisioningAgent agent() {
        return agent;
    }

    IProfile profile() throws ExtensionException {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(profileId);
        if (profile == null) {
            throw new ExtensionException("the installation " + folder + " has no p2 profile '" + profileId + "'");
        }
        return profile;
    }

    /**
     * Removes the artifacts the profile no longer uses (an uninstalled extension's jars and the signatures they
     * came with), so that an install downloads, and checks, them again instead of reusing what an earlier site
     * delivered. p2 keeps the bundles this process runs, so what an uninstall removes goes at the next operation.
     * p2 collects only through an asynchronous listener, which a command-line run does not wait for, and its
     * collector has no API: it is called by name. Without it the unused jars merely stay.
     */
    void collectGarbage() throws ExtensionException {
        Object collector = agent.getService(GARBAGE_COLLECTOR);
        if (collector == null) {
            return;
        }
        try {
            collector.getClass().getMethod("runGC", IProfile.class).invoke(collector, profile());
        } catch (ReflectiveOperationException e) {
            // a p2 without that method: the unused jars stay, which changes nothing the user sees
        }
    }

    /** Fails with a clear message when this user cannot change the installation. */
    void checkWritable() throws ExtensionException {
        Path p2 = folder.resolve("p2");
        if (!Files.isWritable(folder) || !Files.isWritable(p2)) {
            throw new ExtensionException("cannot change the installation " + folder + ": no write permission (run as "
                    + "the user who owns it, e.g. the administrator who installed Rapport)");
        }
    }

    @Override
    public void close() {
        agent.stop();
    }
}
