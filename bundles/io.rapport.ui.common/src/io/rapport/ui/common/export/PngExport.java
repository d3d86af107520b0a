package io.rapport.ui.common.export;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pictures of controls as PNG files: a chart, a table, a whole view. The control draws itself into an image
 * ({@link Control#print(GC)}), so what is saved is what the user sees, at the control's current size, including
 * parts scrolled out of view. Call in the UI thread.
 */
public final class PngExport {
    private PngExport() {
    }

    /**
     * What {@code control} shows now.
     *
     * @throws IllegalStateException if the control has no size yet or the platform cannot draw it off screen
     */
    public static ImageData capture(Control control) {
        Point size = control.getSize();
        if (size.x <= 0 || size.y <= 0) {
            throw new IllegalStateException("the control has no size yet: " + size.x + "x" + size.y);
        }
        Image image = new Image(control.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            gc.setBackground(control.getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            if (!control.print(gc)) {
                throw new IllegalStateException("this platform cannot draw a " + control.getClass().getSimpleName()
                        + " into an image");
            }
        } finally {
            gc.dispose();
        }
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Saves {@code control} as it is shown now; see {@link #capture(Control)}. */
    public static void write(Control control, Path file) throws IOException {
        write(capture(control), file);
    }

    /** Saves an image as PNG, replacing {@code file} only once the picture is completely written. */
    public static void write(ImageData image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image};
                loader.save(out, SWT.IMAGE_PNG);
            }
            AtomicFiles.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
