package org.example.rapport.slack.internal;

import java.io.IOException;
import java.io.InputStream;

/** Opens one file of an export (an entry of its zip, or a file of its folder) from its first byte. */
@FunctionalInterface
interface ExportFile {
    InputStream open() throws IOException;
}
