package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorDescriptor;

/** An indicator service and its properties. */
record InstalledIndicator(GapIndicator indicator, GapIndicatorDescriptor descriptor) {

    String id() {
        return descriptor.id();
    }
}
