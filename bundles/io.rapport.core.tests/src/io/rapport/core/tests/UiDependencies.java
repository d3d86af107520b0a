package io.rapport.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/** The UI packages and bundles a manifest imports or requires. */
final class UiDependencies {
    private static final Pattern UI = Pattern.compile("org\\.eclipse\\.(swt|jface|ui|e4\\.ui)(\\..*)?");

    private UiDependencies() {
    }

    static boolean isUserInterface(String name) {
        return UI.matcher(name).matches();
    }

    static List<String> of(Manifest manifest) {
        List<String> found = new ArrayList<>();
        for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
            for (String clause : SourceManifests.clauses(manifest, header)) {
                String name = clause.split(";")[0].strip();
                if (isUserInterface(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
