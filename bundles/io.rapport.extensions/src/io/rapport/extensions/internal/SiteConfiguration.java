package io.rapport.extensions.internal;

import io.rapport.extensions.SiteLocation;
import io.rapport.extensions.TrustOptions;

import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's settings for extensions: the update sites (the build's, added to the product's p2 profile
 * by its {@code p2.inf}, then {@code io.rapport.extensions/sites} from {@code plugin_customization.ini}) and the
 * trust preferences ({@code allowUnsigned}, {@code trustedKeys}).
 */
final class SiteConfiguration {
    static final String QUALIFIER = "io.rapport.extensions";

    private final IPreferencesService preferences;

    SiteConfiguration(IPreferencesService preferences) {
        this.preferences = preferences;
    }

    /** The configured sites, in order, without duplicates; a malformed preference entry is skipped. */
    List<URI> sites(Installation installation) {
        Set<URI> sites = new LinkedHashSet<>();
        IMetadataRepositoryManager manager = installation.agent().getService(IMetadataRepositoryManager.class);
        if (manager != null) {
            URI[] known = manager.getKnownRepositories(IRepositoryManager.REPOSITORIES_NON_SYSTEM);
            Arrays.sort(known);
            sites.addAll(Arrays.asList(known));
        }
        for (String entry : list("sites", "[,\\s]+")) {
            try {
                sites.add(SiteLocation.parse(entry));
            } catch (IllegalArgumentException e) {
                // an administrator's typo must not stop the other sites; 'rapport extensions sites' shows the rest
            }
        }
        return List.copyOf(sites);
    }

    /** The administrator's trust rules, widened by the caller's. */
    TrustOptions trust(TrustOptions caller) {
        boolean allowUnsigned = caller.allowUnsigned()
                || preferences.getBoolean(QUALIFIER, "allowUnsigned", false, null);
        Set<String> keys = new LinkedHashSet<>(caller.trustedKeys());
        keys.addAll(list("trustedKeys", ",")); // fingerprints may be written in groups with spaces
        return new TrustOptions(allowUnsigned, keys);
    }

    private List<String> list(String key, String separator) {
        String value = preferences.getString(QUALIFIER, key, "", null);
        return Arrays.stream(value.split(separator)).filter(s -> !s.isBlank()).collect(Collectors.toList());
    }
}
