package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

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
        for (Path mf : SourceManifests.of(name -> !name.endsWith(".tests"))) {
            bundles++;
            violations.addAll(ApiExports.violations(SourceManifests.bundleOf(mf), SourceManifests.read(mf)));
        }
        assertTrue(bundles >= 20, "only " + bundles + " bundles found under " + SourceManifests.bundlesDir());
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
}
