package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Issue 8's API rule, read from the manifests of the source tree (a new bundle is checked without being listed):
 * a package whose name has an {@code internal} segment is exported {@code x-internal:=true}; every other
 * exported package is API, exported with a version and without {@code x-internal}; and no bundle (test
 * fragments aside) imports another bundle's internal package.
 */
class ApiExportsTest {

    @Test
    void apiPackagesHaveVersionsAndEverythingElseIsInternal() throws IOException {
        List<String> violations = new ArrayList<>();
        int bundles = 0;
        for (Path mf : manifests()) {
            bundles++;
            String bundle = mf.getParent().getParent().getFileName().toString();
            violations.addAll(ApiExports.violations(bundle, read(mf)));
        }
        assertTrue(bundles >= 20, "only " + bundles + " bundles found under " + bundlesDir());
        assertEquals(List.of(), violations);
    }

    @Test
    void detectsAnUnversionedApiAnExposedInternalAndAForeignInternalImport() throws IOException {
        String mf = "Manifest-Version: 1.0\nBundle-SymbolicName: x.y\nExport-Package: x.y.api,x.y.spi;version=\"1.0\",\n"
                + " x.y.internal,x.y.internal.parts;x-internal:=true,x.y.other;version=\"1\";x-internal:=true\n"
                + "Import-Package: x.y.spi,a.b.internal;version=\"[1,2)\",x.y.internal\n";
        Manifest m = new Manifest(new java.io.ByteArrayInputStream(mf.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("x.y exports API package x.y.api without a version",
                "x.y exports x.y.internal without x-internal:=true",
                "x.y exports x.y.other as x-internal, but it is not an .internal package",
                "x.y imports a.b.internal, an internal package of another bundle"), ApiExports.violations("x.y", m));
    }

    private static List<Path> manifests() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundlesDir())) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(mf) && !dir.getFileName().toString().endsWith(".tests")) {
                    found.add(mf);
                }
            }
        }
        return found;
    }

    private static Manifest read(Path mf) throws IOException {
        try (InputStream in = Files.newInputStream(mf)) {
            return new Manifest(in);
        }
    }

    private static Path bundlesDir() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        return Path.of(repo, "bundles");
    }
}
