package io.rapport.extensions;

import org.eclipse.core.runtime.IProgressMonitor;

import java.net.URI;
import java.util.List;

/**
 * Installs, updates and removes extensions (features from p2 update sites) in this Rapport installation. A
 * service; the command line ({@code rapport extensions}) and the workbench (Help &gt; Install Extensions) use it.
 *
 * <p>Changes are made to the installation's p2 profile and take effect at the next start. Sites come from the
 * build (the product's {@code p2.inf}), from the administrator's {@code plugin_customization.ini}
 * ({@code io.rapport.extensions/sites}, several separated by commas) and from the caller. Artifacts must be signed
 * by a trusted key unless the administrator or the caller allows otherwise ({@link TrustOptions}).
 */
public interface ExtensionManager {
    /** The extensions installed (features installed after the product, not the product's own). */
    List<Extension> installed() throws ExtensionException;

    /** The update sites configured for this installation, in order: the build's, then the administrator's. */
    List<URI> configuredSites();

    /**
     * The extensions the sites offer (the latest version of each feature, unless this installation has that version
     * already), with the sites that could not be read.
     *
     * @param extraSites sites to read besides the configured ones
     */
    Catalog available(List<URI> extraSites, IProgressMonitor monitor) throws ExtensionException;

    /**
     * The newer versions the sites offer of the installed extensions (what {@link #update} would install).
     *
     * @param extraSites sites to read besides the configured ones
     */
    Catalog updates(List<URI> extraSites, IProgressMonitor monitor) throws ExtensionException;

    /** Installs the latest version of each feature id (or {@code id/version}) found on the sites. */
    ExtensionChange install(List<String> ids, List<URI> extraSites, TrustOptions trust, IProgressMonitor monitor)
            throws ExtensionException;

    /** Removes installed extensions. */
    ExtensionChange uninstall(List<String> ids, IProgressMonitor monitor) throws ExtensionException;

    /** Updates the given installed extensions (all of them when the list is empty) to the sites' latest versions. */
    ExtensionChange update(List<String> ids, List<URI> extraSites, TrustOptions trust, IProgressMonitor monitor)
            throws ExtensionException;

    /**
     * What the sites offer.
     *
     * @param extensions  the extensions, by id
     * @param unreadable  one line per site that could not be read, saying which and why
     */
    record Catalog(List<Extension> extensions, List<String> unreadable) {
        public Catalog {
            extensions = List.copyOf(extensions);
            unreadable = List.copyOf(unreadable);
        }
    }
}
