package io.rapport.extensions.internal;

import io.rapport.extensions.ExtensionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The update sites of one operation, loaded. Sites the operation brought (a {@code --site}) are forgotten again
 * when it ends, so they do not become configured sites behind the administrator's back.
 */
final class Sites implements AutoCloseable {
    private final List<URI> locations;
    private final IMetadataRepositoryManager metadata;
    private final IArtifactRepositoryManager artifacts;
    private final Set<URI> knownBefore;
    private final Set<URI> knownArtifactsBefore;
    private final List<IMetadataRepository> loaded = new ArrayList<>();

    Sites(Installation installation, List<URI> locations) throws ExtensionException {
        this.locations = List.copyOf(locations);
        this.metadata = installation.agent().getService(IMetadataRepositoryManager.class);
        this.artifacts = installation.agent().getService(IArtifactRepositoryManager.class);
        if (metadata == null || artifacts == null) {
            throw new ExtensionException("p2's repository managers are missing from this Rapport (incomplete installation)");
        }
        this.knownBefore = new HashSet<>(Arrays.asList(metadata.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)));
        this.knownArtifactsBefore = new HashSet<>(
                Arrays.asList(artifacts.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)));
    }

    /**
     * Loads every site's metadata.
     *
     * @return one line per site that could not be read (the others are used)
     * @throws ExtensionException when no site could be read
     */
    List<String> load(IProgressMonitor monitor) throws ExtensionException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the update sites", locations.size());
        List<String> unreadable = new ArrayList<>();
        for (URI location : locations) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                loaded.add(metadata.loadRepository(location, progress.split(1)));
            } catch (ProvisionException e) {
                unreadable.add(location + ": " + e.getMessage());
            }
        }
        if (loaded.isEmpty()) {
            throw new ExtensionException("no update site could be read:\n  " + String.join("\n  ", unreadable));
        }
        return unreadable;
    }

    IQueryResult<IInstallableUnit> query(IQuery<IInstallableUnit> query, IProgressMonitor monitor) {
        return QueryUtil.compoundQueryable(loaded).query(query, monitor);
    }

    /** Makes an operation read its metadata and artifacts from these sites only. */
    void use(ProvisioningContext context) {
        URI[] uris = loaded.stream().map(IMetadataRepository::getLocation).toArray(URI[]::new);
        context.setMetadataRepositories(uris);
        context.setArtifactRepositories(uris);
    }

    String describe() {
        return String.join(", ", locations.stream().map(URI::toString).toList());
    }

    @Override
    public void close() {
        for (URI location : locations) {
            if (!knownBefore.contains(location)) {
                metadata.removeRepository(location);
            }
            if (!knownArtifactsBefore.contains(location)) {
                artifacts.removeRepository(location);
            }
        }
    }
}
