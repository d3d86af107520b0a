package io.rapport.extensions.internal;

import io.rapport.extensions.Extension;
import io.rapport.extensions.ExtensionChange;
import io.rapport.extensions.ExtensionException;
import io.rapport.extensions.ExtensionManager;
import io.rapport.extensions.TrustOptions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ExtensionManager} on p2: the installation's own profile, p2's planner, engine and trust check. One change
 * at a time; the agent is opened on first use.
 */
@Component(service = ExtensionManager.class)
public final class P2ExtensionManager implements ExtensionManager {
    private final IProvisioningAgentProvider agents;
    private final SiteConfiguration configuration;
    private final Path installFolder;
    private final String profileId;
    private Installation installation;

    @Activate
    public P2ExtensionManager(@Reference IProvisioningAgentProvider agents, @Reference IPreferencesService preferences,
            BundleContext context) {
        this.agents = agents;
        this.configuration = new SiteConfiguration(preferences);
        this.installFolder = installFolder(context.getProperty("osgi.install.area"));
        String profile = context.getProperty("eclipse.p2.profile");
        this.profileId = profile == null || profile.isBlank() ? "DefaultProfile" : profile;
    }

    @Deactivate
    synchronized void deactivate() {
        if (installation != null) {
            installation.close();
            installation = null;
        }
    }

    @Override
    public synchronized List<Extension> installed() throws ExtensionException {
        return ExtensionUnits.describeAll(installedUnits(installation().profile()));
    }

    @Override
    public synchronized List<URI> configuredSites() {
        try {
            return configuration.sites(installation());
        } catch (ExtensionException e) {
            return List.of();
        }
    }

    @Override
    public synchronized Catalog available(List<URI> extraSites, IProgressMonitor monitor) throws ExtensionException {
        try (Sites sites = new Sites(installation(), sites(extraSites))) {
            List<String> unreadable = sites.load(monitor);
            IQueryResult<IInstallableUnit> groups = sites.query(
                    QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor);
            IProfile profile = installation().profile();
            List<Extension> offered = new ArrayList<>();
            for (IInstallableUnit iu : groups) {
                boolean installedAlready = !profile.query(QueryUtil.createIUQuery(iu.getId(), iu.getVersion()), null)
                        .isEmpty();
                if (!QueryUtil.isProduct(iu) && !QueryUtil.isCategory(iu) && !installedAlready) {
                    offered.add(ExtensionUnits.describe(iu));
                }
            }
            offered.sort(ExtensionUnits.BY_ID);
            return new Catalog(offered, unreadable);
        }
    }

    @Override
    public synchronized Catalog updates(List<URI> extraSites, IProgressMonitor monitor) throws ExtensionException {
        List<IInstallableUnit> installedUnits = installedUnits(installation().profile());
        if (installedUnits.isEmpty()) {
            return new Catalog(List.of(), List.of());
        }
        try (Sites sites = new Sites(installation(), sites(extraSites))) {
            List<String> unreadable = sites.load(monitor);
            List<Extension> newer = new ArrayList<>();
            for (IInstallableUnit iu : installedUnits) {
                for (IInstallableUnit latest : sites.query(
                        QueryUtil.createLatestQuery(QueryUtil.createIUQuery(iu.getId())), monitor)) {
                    if (latest.getVersion().compareTo(iu.getVersion()) > 0) {
                        newer.add(ExtensionUnits.describe(latest));
                    }
                }
            }
            newer.sort(ExtensionUnits.BY_ID);
            return new Catalog(newer, unreadable);
        }
    }

    @Override
    public synchronized ExtensionChange install(List<String> ids, List<URI> extraSites, TrustOptions trust,
            IProgressMonitor monitor) throws ExtensionException {
        if (ids.isEmpty()) {
            throw new ExtensionException("name at least one extension to install");
        }
        return provision("Installing " + String.join(", ", ids), "install " + String.join(", ", ids), extraSites,
                trust, -1, monitor, (session, sites, unreadable, m) -> new InstallOperation(session,
                        latestOnSites(ids, sites, unreadable, m)));
    }

    /** The unit of each extension id (its latest version, or {@code id/version}) on the sites. */
    private static List<IInstallableUnit> latestOnSites(List<String> ids, Sites sites, List<String> unreadable,
            IProgressMonitor monitor) throws ExtensionException {
        SubMonitor lookup = SubMonitor.convert(monitor, ids.size());
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            IQueryResult<IInstallableUnit> found = sites.query(ExtensionUnits.query(id), lookup.split(1));
            if (found.isEmpty()) {
                throw new ExtensionException("no extension '" + id + "' on the sites (" + sites.describe() + ")"
                        + (unreadable.isEmpty() ? "" : "; unreadable: " + String.join("; ", unreadable))
                        + ". 'rapport extensions list --available' shows what they offer");
            }
            units.add(found.iterator().next());
        }
        return units;
    }

    @Override
    public synchronized ExtensionChange uninstall(List<String> ids, IProgressMonitor monitor)
            throws ExtensionException {
        if (ids.isEmpty()) {
            throw new ExtensionException("name at least one extension to uninstall");
        }
        Installation inst = installation();
        inst.checkWritable();
        List<Extension> before = installed();
        List<IInstallableUnit> units = selectInstalled(ids, inst.profile());
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(inst.agent()), units);
        new ProfileChange(inst).run(operation, "uninstall " + String.join(", ", ids), null, -1, monitor);
        inst.collectGarbage();
        return difference(before, installed());
    }

    @Override
    public synchronized ExtensionChange update(List<String> ids, List<URI> extraSites, TrustOptions trust,
            IProgressMonitor monitor) throws ExtensionException {
        IProfile profile = installation().profile();
        List<IInstallableUnit> units = ids.isEmpty() ? installedUnits(profile) : selectInstalled(ids, profile);
        if (units.isEmpty()) {
            return new ExtensionChange(List.of(), List.of());
        }
        return provision("Checking for updates", "update " + describe(units), extraSites, trust,
                UpdateOperation.STATUS_NOTHING_TO_UPDATE, monitor,
                (session, sites, unreadable, m) -> new UpdateOperation(session, units));
    }

    /** What an install or update changes: the p2 operation, built once the sites are read. */
    @FunctionalInterface
    private interface OperationOnSites {
        ProfileChangeOperation build(ProvisioningSession session, Sites sites, List<String> unreadable,
                IProgressMonitor monitor) throws ExtensionException;
    }

    /**
     * Runs an install or update: the unused artifacts collected first (so what is installed again is checked
     * again), the sites read, the operation resolved and provisioned under the trust rules.
     *
     * @param nothingCode the resolution code meaning there is nothing to do (then nothing changes)
     */
    private ExtensionChange provision(String task, String what, List<URI> extraSites, TrustOptions trust,
            int nothingCode, IProgressMonitor monitor, OperationOnSites operationOnSites) throws ExtensionException {
        SubMonitor progress = SubMonitor.convert(monitor, task, 10);
        Installation inst = installation();
        inst.checkWritable();
        inst.collectGarbage();
        List<Extension> before = installed();
        try (Sites sites = new Sites(inst, sites(extraSites))) {
            List<String> unreadable = sites.load(progress.split(2));
            ProfileChangeOperation operation = operationOnSites.build(new ProvisioningSession(inst.agent()), sites,
                    unreadable, progress.split(1));
            sites.use(operation.getProvisioningContext());
            if (!new ProfileChange(inst).run(operation, what, new TrustPolicy(configuration.trust(trust)),
                    nothingCode, progress.split(7))) {
                return new ExtensionChange(List.of(), List.of());
            }
        }
        return difference(before, installed());
    }

    private Installation installation() throws ExtensionException {
        if (installFolder == null) {
            throw new ExtensionException("this Rapport runs without an installation folder (osgi.install.area), so "
                    + "extensions cannot be managed here");
        }
        if (installation == null) {
            installation = Installation.open(installFolder, profileId, agents);
        }
        return installation;
    }

    private List<URI> sites(List<URI> extra) throws ExtensionException {
        Set<URI> all = new LinkedHashSet<>(extra);
        all.addAll(configuration.sites(installation()));
        if (all.isEmpty()) {
            throw new ExtensionException("no update site: none is configured for this installation (see the "
                    + "README's IT section); give one with --site URL|FOLDER|ZIP");
        }
        return List.copyOf(all);
    }

    /** The extensions' units: the profile's roots that are features, not the product itself. */
    private static List<IInstallableUnit> installedUnits(IProfile profile) {
        List<IInstallableUnit> units = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), null)) {
            if (QueryUtil.isGroup(iu) && !QueryUtil.isProduct(iu)) {
                units.add(iu);
            }
        }
        return units;
    }

    private List<IInstallableUnit> selectInstalled(List<String> ids, IProfile profile) throws ExtensionException {
        List<IInstallableUnit> installedUnits = installedUnits(profile);
        List<IInstallableUnit> selected = new ArrayList<>();
        for (String id : ids) {
            String unitId = ExtensionUnits.unitId(id);
            IInstallableUnit unit = installedUnits.stream().filter(iu -> iu.getId().equals(unitId)).findFirst()
                    .orElseThrow(() -> new ExtensionException("'" + id + "' is not an installed extension (installed: "
                            + (installedUnits.isEmpty() ? "none" : describe(installedUnits)) + ")"));
            selected.add(unit);
        }
        return selected;
    }

    private static String describe(List<IInstallableUnit> units) {
        return String.join(", ", units.stream().map(iu -> ExtensionUnits.describe(iu).id()).sorted().toList());
    }

    private static ExtensionChange difference(List<Extension> before, List<Extension> after) {
        return new ExtensionChange(after.stream().filter(e -> !before.contains(e)).toList(),
                before.stream().filter(e -> !after.contains(e)).toList());
    }

    private static Path installFolder(String area) {
        if (area == null || !area.startsWith("file:")) {
            return null;
        }
        return Path.of(area.substring("file:".length())).toAbsolutePath().normalize();
    }
}
