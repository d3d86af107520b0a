package io.rapport.app.internal.handlers;

import io.rapport.app.AppIds;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;

/** Window ▸ Show View ▸ (view): opens or activates the part of the descriptor named by the parameter. */
public final class ShowViewHandler {
    @Execute
    void execute(@Named(AppIds.PARAMETER_PART_ID) String descriptorId, PartOpener opener) {
        opener.show(descriptorId);
    }
}
