package io.rapport.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/** What a manifest does against the API rule of {@link ApiExportsTest}. */
final class ApiExports {
    private static final Pattern INTERNAL = Pattern.compile("(^|.*\\.)internal(\\..*|$)");

    private ApiExports() {
    }

    static List<String> violations(String bundle, Manifest manifest) {
        List<String> found = new ArrayList<>();
        for (String clause : SourceManifests.clauses(manifest, "Export-Package")) {
            String name = clause.split(";")[0].strip();
            boolean xInternal = clause.replace(" ", "").contains("x-internal:=true");
            boolean versioned = clause.replace(" ", "").matches(".*;version=.*");
            if (INTERNAL.matcher(name).matches()) {
                if (!xInternal) {
                    found.add(bundle + " exports " + name + " without x-internal:=true");
                }
            } else if (xInternal) {
                found.add(bundle + " exports " + name + " as x-internal, but it is not an .internal package");
            } else if (!versioned) {
                found.add(bundle + " exports API package " + name + " without a version");
            }
        }
        for (String clause : SourceManifests.clauses(manifest, "Import-Package")) {
            String name = clause.split(";")[0].strip();
            if (INTERNAL.matcher(name).matches() && !name.startsWith(bundle + ".")) {
                found.add(bundle + " imports " + name + ", an internal package of another bundle");
            }
        }
        return found;
    }

}
