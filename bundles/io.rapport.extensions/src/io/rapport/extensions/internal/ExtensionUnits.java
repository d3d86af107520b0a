package io.rapport.extensions.internal;

import io.rapport.extensions.Extension;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;

import java.util.Comparator;
import java.util.List;

/** Between the extensions users name and p2's installable units: a feature {@code X} is the group IU {@code X.feature.group}. */
final class ExtensionUnits {
    static final String GROUP_SUFFIX = ".feature.group";
    static final Comparator<Extension> BY_ID = Comparator.comparing(Extension::id).thenComparing(Extension::version);

    private ExtensionUnits() {
    }

    static Extension describe(IInstallableUnit iu) {
        String id = iu.getId().endsWith(GROUP_SUFFIX)
                ? iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length())
                : iu.getId();
        return new Extension(id, iu.getVersion().toString(), text(iu, IInstallableUnit.PROP_NAME, id),
                text(iu, IInstallableUnit.PROP_PROVIDER, ""), text(iu, IInstallableUnit.PROP_DESCRIPTION, ""));
    }

    /** The group IU id of a user's {@code id} or {@code id/version} (the suffix may be given or not). */
    static String unitId(String spec) {
        String id = spec.contains("/") ? spec.substring(0, spec.indexOf('/')) : spec;
        return id.endsWith(GROUP_SUFFIX) ? id : id + GROUP_SUFFIX;
    }

    /** The query for a user's {@code id} (its latest version) or {@code id/version}. */
    static IQuery<IInstallableUnit> query(String spec) {
        String unitId = unitId(spec);
        if (spec.contains("/")) {
            return QueryUtil.createIUQuery(unitId, Version.create(spec.substring(spec.indexOf('/') + 1)));
        }
        return QueryUtil.createLatestQuery(QueryUtil.createIUQuery(unitId));
    }

    static List<Extension> describeAll(Iterable<IInstallableUnit> units) {
        List<Extension> list = new java.util.ArrayList<>();
        units.forEach(iu -> list.add(describe(iu)));
        list.sort(BY_ID);
        return list;
    }

    private static String text(IInstallableUnit iu, String key, String fallback) {
        String value = iu.getProperty(key, null);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
