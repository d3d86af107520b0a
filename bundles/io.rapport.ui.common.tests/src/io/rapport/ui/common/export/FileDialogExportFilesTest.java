package io.rapport.ui.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileDialogExportFilesTest {

    @Test
    void addsTheExtensionWhenLeftOff() {
        assertEquals("/tmp/a.csv", FileDialogExportFiles.withExtension("/tmp/a", "csv"));
        assertEquals("/tmp/a.CSV", FileDialogExportFiles.withExtension("/tmp/a.CSV", "csv"));
        assertEquals("/tmp/a.png.csv", FileDialogExportFiles.withExtension("/tmp/a.png", "csv"));
    }
}
