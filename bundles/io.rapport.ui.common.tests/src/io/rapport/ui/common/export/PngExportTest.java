package io.rapport.ui.common.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A control that paints a known picture is saved as a PNG with exactly that picture. Needs a display (Xvfb). */
class PngExportTest {
    private static final RGB RED = new RGB(220, 20, 30);
    private static final RGB BLUE = new RGB(10, 40, 200);
    private static Display display;

    @TempDir
    Path dir;
    private Shell shell;
    private Canvas canvas;

    @BeforeAll
    static void display() {
        String name = System.getenv("DISPLAY");
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("PNG export tests need a display: run the build under xvfb-run");
        }
        display = new Display();
    }

    @AfterAll
    static void disposeDisplay() {
        display.dispose();
    }

    @BeforeEach
    void canvasPaintingRedLeftBlueRight() {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        canvas = new Canvas(shell, SWT.NONE);
        canvas.addPaintListener(e -> {
            int w = canvas.getSize().x;
            int h = canvas.getSize().y;
            e.gc.setBackground(new org.eclipse.swt.graphics.Color(RED));
            e.gc.fillRectangle(0, 0, w / 2, h);
            e.gc.setBackground(new org.eclipse.swt.graphics.Color(BLUE));
            e.gc.fillRectangle(w / 2, 0, w - w / 2, h);
        });
        shell.setSize(240, 120);
        shell.open();
        while (display.readAndDispatch()) {
            // let the shell appear
        }
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void captureIsWhatTheControlPaints() {
        ImageData image = PngExport.capture(canvas);
        assertEquals(canvas.getSize().x, image.width);
        assertEquals(canvas.getSize().y, image.height);
        assertEquals(RED, image.palette.getRGB(image.getPixel(10, image.height / 2)));
        assertEquals(BLUE, image.palette.getRGB(image.getPixel(image.width - 10, image.height / 2)));
    }

    @Test
    void writesAPngThatReadsBackWithTheSamePicture() throws Exception {
        Path file = dir.resolve("chart.png");
        PngExport.write(canvas, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, Arrays.copyOf(bytes, 8),
                "PNG signature");
        ImageData read = new ImageLoader().load(file.toString())[0];
        assertEquals(canvas.getSize().x, read.width);
        assertEquals(RED, read.palette.getRGB(read.getPixel(10, 10)));
        assertEquals(BLUE, read.palette.getRGB(read.getPixel(read.width - 10, 10)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aControlWithoutSizeIsRefused() {
        Canvas empty = new Canvas(shell, SWT.NONE);
        empty.setSize(0, 0);
        assertThrows(IllegalStateException.class, () -> PngExport.capture(empty));
    }
}
