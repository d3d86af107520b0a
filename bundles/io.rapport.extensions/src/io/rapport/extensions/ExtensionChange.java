package io.rapport.extensions;

import java.util.List;

/**
 * What an install, update or uninstall changed in the installation. The change takes effect when Rapport next
 * starts.
 *
 * @param added   extensions installed (or the new versions of updated ones)
 * @param removed extensions removed (or the old versions of updated ones)
 */
public record ExtensionChange(List<Extension> added, List<Extension> removed) {
    public ExtensionChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
