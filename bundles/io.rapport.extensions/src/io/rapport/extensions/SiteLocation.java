package io.rapport.extensions;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Update-site locations as users type them: a URL, a site folder, or a site's zip (for offline installs). */
public final class SiteLocation {
    private SiteLocation() {
    }

    /**
     * The URI p2 reads for {@code text}: an existing folder becomes its {@code file:} URI, an existing
     * {@code .zip} a {@code jar:file:…!/} URI, anything else must be an absolute URL.
     *
     * @throws IllegalArgumentException when {@code text} is neither an existing path nor an absolute URL
     */
    public static URI parse(String text) {
        String t = text.strip();
        if (!t.contains("://") && !t.startsWith("file:") && !t.startsWith("jar:")) {
            Path path = Path.of(t).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                return path.toUri();
            }
            if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return URI.create("jar:" + path.toUri() + "!/");
            }
            throw new IllegalArgumentException("'" + text + "' is neither an update site folder, a site .zip nor a URL");
        }
        try {
            URI uri = new URI(t);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("'" + text + "' is not an absolute URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason(), e);
        }
    }
}
