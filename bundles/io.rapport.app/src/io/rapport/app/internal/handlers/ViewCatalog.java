package io.rapport.app.internal.handlers;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;

import java.util.Comparator;
import java.util.List;

/** The order and grouping of views in Show View: by category, then by label; uncategorised views last. */
public final class ViewCatalog {
    public static final String NO_CATEGORY = "Other";

    private ViewCatalog() {
    }

    public static String category(MPartDescriptor d) {
        String c = d.getCategory();
        return c == null || c.isBlank() ? NO_CATEGORY : c;
    }

    public static String label(MPartDescriptor d) {
        String l = d.getLocalizedLabel();
        return l == null || l.isBlank() ? d.getElementId() : l;
    }

    public static List<MPartDescriptor> sorted(List<MPartDescriptor> descriptors) {
        return descriptors.stream()
                .sorted(Comparator.comparing((MPartDescriptor d) -> NO_CATEGORY.equals(category(d)))
                        .thenComparing(ViewCatalog::category, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ViewCatalog::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
