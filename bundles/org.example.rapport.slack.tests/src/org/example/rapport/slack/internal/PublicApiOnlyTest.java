package org.example.rapport.slack.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A partner's extension uses Rapport's public API only: packages exported with a version and without
 * {@code x-internal}. Checked twice: in the running framework, from the package wires of every
 * {@code org.example.rapport.*} bundle installed in it (what the resolver actually connected), and from the
 * manifests of every {@code org.example.rapport.*} bundle in the source tree (so the UI bundle, which this headless
 * runtime does not hold, is checked too). Requiring a whole {@code io.rapport.*} bundle is refused as well: it
 * would reach its internal packages without naming them.
 */
class PublicApiOnlyTest {
    private static final String PARTNER_PREFIX = "org.example.rapport.";

    @Test
    void theInstalledPartnerBundlesAreWiredToPublicRapportPackagesOnly() {
        Bundle self = FrameworkUtil.getBundle(PublicApiOnlyTest.class);
        List<String> checked = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (!b.getSymbolicName().startsWith(PARTNER_PREFIX)) {
                continue;
            }
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (wiring == null) {
                continue; // a fragment: its imports are its host's wires
            }
            checked.add(b.getSymbolicName());
            for (BundleWire w : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                String provider = w.getProvider().getSymbolicName();
                String problem = problem(pkg, provider, w.getCapability().getDirectives().get("x-internal"),
                        w.getCapability().getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE));
                if (problem != null) {
                    violations.add(b.getSymbolicName() + " imports " + pkg + " from " + provider + ": " + problem);
                }
            }
            for (BundleWire w : wiring.getRequiredWires("osgi.wiring.bundle")) {
                if (w.getProvider().getSymbolicName().startsWith("io.rapport.")) {
                    violations.add(b.getSymbolicName() + " requires the whole bundle "
                            + w.getProvider().getSymbolicName());
                }
            }
        }
        assertTrue(checked.contains("org.example.rapport.slack"), "the example bundle is installed: " + checked);
        assertEquals(List.of(), violations);
    }

    @Test
    void thePartnerManifestsImportPublicRapportPackagesOnly() throws IOException {
        Map<String, String> rapportExports = new HashMap<>();
        List<Path> partner = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundles())) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                String name = dir.getFileName().toString();
                if (name.startsWith("io.rapport.")) {
                    for (String clause : clauses(manifest(mf).getMainAttributes().getValue("Export-Package"))) {
                        rapportExports.put(clause.split(";")[0].strip(), clause);
                    }
                } else if (name.startsWith(PARTNER_PREFIX) && !name.endsWith(".tests")) {
                    partner.add(mf);
                }
            }
        }
        assertTrue(partner.size() >= 2, "the example's bundles are found: " + partner);
        List<String> violations = new ArrayList<>();
        for (Path mf : partner) {
            String bundle = mf.getParent().getParent().getFileName().toString();
            violations.addAll(violations(bundle, manifest(mf), rapportExports));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theHeadlessBundleImportsNoUserInterface() throws IOException {
        Manifest mf = manifest(bundles().resolve("org.example.rapport.slack/META-INF/MANIFEST.MF"));
        List<String> ui = new ArrayList<>();
        for (String header : List.of("Import-Package", "Require-Bundle")) {
            for (String clause : clauses(mf.getMainAttributes().getValue(header))) {
                String name = clause.split(";")[0].strip();
                if (Stream.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui", "org.eclipse.e4.ui")
                        .anyMatch(p -> name.equals(p) || name.startsWith(p + "."))) {
                    ui.add(name);
                }
            }
        }
        assertEquals(List.of(), ui, "org.example.rapport.slack must run headless (the command line, tests)");
    }

    @Test
    void theCheckCatchesInternalsAndWholeBundles() throws IOException {
        Map<String, String> exports = Map.of("io.rapport.gap.core", "io.rapport.gap.core;version=\"0.1.0\"",
                "io.rapport.gap.core.internal", "io.rapport.gap.core.internal;x-internal:=true",
                "io.rapport.app", "io.rapport.app;version=\"0.1.0\"");
        Manifest bad = manifest("Manifest-Version: 1.0\nBundle-SymbolicName: org.example.rapport.bad\nImport-Package:"
                + " io.rapport.gap.core;version=\"[0.1,1)\",io.rapport.gap.core.internal,\n io.rapport.app.internal.x,"
                + "org.osgi.framework;version=\"[1.10,2)\"\nRequire-Bundle: io.rapport.core;bundle-version=\"0.1.0\",\n"
                + " org.eclipse.equinox.common\n");
        assertEquals(List.of("bad imports io.rapport.gap.core.internal: exported x-internal",
                "bad imports io.rapport.app.internal.x: an .internal package (not exported as API by any"
                        + " io.rapport bundle)",
                "bad requires the whole bundle io.rapport.core (it would see its internal packages)"),
                violations("bad", bad, exports));
        assertEquals("exported x-internal", problem("io.rapport.x.internal", "io.rapport.x", "true", null));
        assertEquals("an .internal package", problem("io.rapport.x.internal", "io.rapport.x", null, null));
        assertEquals(null, problem("io.rapport.gap.core", "io.rapport.gap.core", null,
                org.osgi.framework.Version.parseVersion("0.1.0")));
        assertFalse(problem("io.rapport.gap.core", "io.rapport.gap.core", null, null) == null,
                "an export without a version is not API");
    }

    /** Why importing {@code pkg} from {@code provider} is not public API, or null when it is. */
    static String problem(String pkg, String provider, String xInternal, Object version) {
        if (!provider.startsWith("io.rapport.")) {
            return null;
        }
        if (xInternal != null && !xInternal.isBlank() && !"false".equals(xInternal.strip())) {
            return "exported x-internal";
        }
        if (pkg.endsWith(".internal") || pkg.contains(".internal.")) {
            return "an .internal package";
        }
        if (version == null || org.osgi.framework.Version.emptyVersion.equals(version)) {
            return "exported without a version";
        }
        return null;
    }

    private static List<String> violations(String bundle, Manifest mf, Map<String, String> rapportExports) {
        List<String> out = new ArrayList<>();
        for (String clause : clauses(mf.getMainAttributes().getValue("Import-Package"))) {
            String pkg = clause.split(";")[0].strip();
            if (!pkg.startsWith("io.rapport.")) {
                continue;
            }
            String export = rapportExports.get(pkg);
            if (export == null) {
                out.add(bundle + " imports " + pkg + ": " + (pkg.contains(".internal")
                        ? "an .internal package (not exported as API by any io.rapport bundle)"
                        : "not exported by any io.rapport bundle"));
            } else if (export.replace(" ", "").contains("x-internal:=true") || export.contains("x-friends")) {
                out.add(bundle + " imports " + pkg + ": exported x-internal");
            } else if (pkg.contains(".internal")) {
                out.add(bundle + " imports " + pkg + ": an .internal package");
            } else if (!export.contains("version=")) {
                out.add(bundle + " imports " + pkg + ": exported without a version");
            }
        }
        for (String clause : clauses(mf.getMainAttributes().getValue("Require-Bundle"))) {
            String required = clause.split(";")[0].strip();
            if (required.startsWith("io.rapport.")) {
                out.add(bundle + " requires the whole bundle " + required + " (it would see its internal packages)");
            }
        }
        return out;
    }

    /** The clauses of a manifest header, split at the commas outside quotes (version ranges hold commas). */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static Path bundles() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        return Path.of(repo, "bundles");
    }

    private static Manifest manifest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }

    private static Manifest manifest(String text) throws IOException {
        return new Manifest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
