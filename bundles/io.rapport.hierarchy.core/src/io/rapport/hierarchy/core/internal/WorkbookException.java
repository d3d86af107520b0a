package io.rapport.hierarchy.core.internal;

import java.io.IOException;

/**
 * An XLSX workbook that cannot be read: not a workbook, damaged, truncated, or a part that is not the XML it
 * should be. The message is complete: it names the file, the part and, for XML, the line and column.
 */
final class WorkbookException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean otherZip;

    WorkbookException(String message) {
        this(message, false);
    }

    /** @param otherZip the file is a readable zip, just not a workbook */
    WorkbookException(String message, boolean otherZip) {
        super(message);
        this.otherZip = otherZip;
    }

    WorkbookException(String message, Throwable cause) {
        super(message, cause);
        this.otherZip = false;
    }

    boolean otherZip() {
        return otherZip;
    }
}
