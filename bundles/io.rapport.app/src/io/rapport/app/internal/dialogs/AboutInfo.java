package io.rapport.app.internal.dialogs;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The facts Help ▸ About shows: product version, Rapport bundles, Java, OS and the DuckDB driver. */
public record AboutInfo(String product, String productVersion, String rapportBundles, String java, String os,
        String duckdb) {

    static final String DUCKDB_BUNDLE = "org.duckdb.duckdb_jdbc";

    public static AboutInfo of(BundleContext context) {
        IProduct p = Platform.getProduct();
        String name = p != null && p.getName() != null ? p.getName() : "Rapport";
        String version = p != null && p.getDefiningBundle() != null ? p.getDefiningBundle().getVersion().toString()
                : context.getBundle().getVersion().toString();
        Bundle[] bundles = context.getBundles();
        String rapport = Arrays.stream(bundles).filter(b -> b.getSymbolicName() != null)
                .filter(b -> b.getSymbolicName().startsWith("io.rapport."))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .map(b -> b.getSymbolicName() + "  " + b.getVersion())
                .collect(Collectors.joining("\n"));
        String duckdb = Arrays.stream(bundles).filter(b -> DUCKDB_BUNDLE.equals(b.getSymbolicName()))
                .map(b -> b.getVersion().toString()).findFirst().orElse("not installed");
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        return new AboutInfo(name, version, rapport, java, os, duckdb);
    }

    /** Plain text, also what "Copy" puts on the clipboard for a support request. */
    public String text() {
        return product + " " + productVersion + "\n\nRapport bundles:\n" + rapportBundles + "\n\nJava: " + java
                + "\nOS: " + os + "\nDuckDB JDBC: " + duckdb + "\n";
    }
}
