package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

/**
 * DESIGN.md §3: a {@code *.core} or {@code store.*} bundle never depends on SWT, JFace, {@code org.eclipse.ui*}
 * or {@code org.eclipse.e4.ui*}, so that everything can be computed headless. Reads the manifests of the
 * source tree, so a new core bundle is checked without being listed anywhere.
 */
class HeadlessLayeringTest {

    @Test
    void coreAndStoreBundlesImportNoUserInterface() throws IOException {
        List<Path> manifests = SourceManifests.of(name -> name.endsWith(".core") || name.contains(".store."));
        assertTrue(manifests.stream().anyMatch(p -> p.toString().contains("io.rapport.core" + java.io.File.separator)),
                "io.rapport.core was not found under " + SourceManifests.bundlesDir());
        assertTrue(manifests.stream().anyMatch(p -> p.toString().contains("io.rapport.store.duckdb")),
                "io.rapport.store.duckdb was not found under " + SourceManifests.bundlesDir());
        List<String> violations = new ArrayList<>();
        for (Path mf : manifests) {
            violations.addAll(UiDependencies.of(SourceManifests.read(mf)).stream()
                    .map(v -> SourceManifests.bundleOf(mf) + " depends on " + v).toList());
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void detectsUserInterfaceDependencies() throws IOException {
        String mf = "Manifest-Version: 1.0\nBundle-SymbolicName: x.core\nImport-Package: org.osgi.framework,\n"
                + " org.eclipse.swt.widgets;version=\"3.0\",org.eclipse.jface.viewers\nRequire-Bundle: org.eclipse.e4.ui.workbench,\n"
                + " org.eclipse.ui.workbench;bundle-version=\"3.1\",org.eclipse.equinox.common\n";
        Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(mf.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("org.eclipse.swt.widgets", "org.eclipse.jface.viewers", "org.eclipse.e4.ui.workbench",
                "org.eclipse.ui.workbench"), UiDependencies.of(manifest));
    }

    @Test
    void userInterfaceNamesAreMatchedByPrefixOnly() {
        assertTrue(UiDependencies.isUserInterface("org.eclipse.swt"));
        assertTrue(UiDependencies.isUserInterface("org.eclipse.ui"));
        assertTrue(UiDependencies.isUserInterface("org.eclipse.e4.ui.di"));
        assertFalse(UiDependencies.isUserInterface("org.eclipse.urischeme"));
        assertFalse(UiDependencies.isUserInterface("org.eclipse.e4.core.di"));
        assertFalse(UiDependencies.isUserInterface("org.eclipse.equinox.common"));
    }
}
