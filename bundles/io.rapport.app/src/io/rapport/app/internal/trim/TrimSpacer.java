package io.rapport.app.internal.trim;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Takes the free width of the status trim (tag "stretch"), so the progress indicator sits at the right. */
public final class TrimSpacer {
    @PostConstruct
    void create(Composite parent) {
        new Composite(parent, SWT.NONE);
    }
}
