package io.rapport.explorer.ui.internal;

import io.rapport.app.AppIds;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Answers {@link ViewRequests#OPEN_CONVERSATION} for the whole workbench, so that a request reaches the
 * Interactions view even when it was never opened: shows the view (in the views stack if it is new), then
 * hands it the interaction.
 */
public final class ConversationRequestAddon {
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;

    @Inject
    @Optional
    void openConversation(@UIEventTopic(ViewRequests.OPEN_CONVERSATION) InteractionRef ref) {
        if (ref == null || !(models.find(AppIds.MAIN_WINDOW, application) instanceof MWindow window)
                || window.getContext() == null) {
            return;
        }
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.findPart(InteractionsPart.ID);
        if (part == null) {
            part = parts.createPart(InteractionsPart.ID);
            if (part == null) {
                return;
            }
            if (models.find(AppIds.VIEWS_STACK, application) instanceof MPartStack stack) {
                stack.getChildren().add(part);
            }
        }
        parts.showPart(part, PartState.ACTIVATE);
        if (part.getObject() instanceof InteractionsPart view) {
            view.openConversation(ref);
        }
    }
}
