package io.rapport.app.internal.handlers;

import io.rapport.app.AppIds;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import java.util.List;

/**
 * Opens (or brings to front) the part of a descriptor. A new part goes into a stack tagged with the
 * descriptor's category if the layout has one, else into the views stack.
 */
@Creatable
public final class PartOpener {
    private final EPartService parts;
    private final EModelService models;
    private final MApplication application;

    @Inject
    public PartOpener(EPartService parts, EModelService models, MApplication application) {
        this.parts = parts;
        this.models = models;
        this.application = application;
    }

    public MPart show(String descriptorId) {
        MPart part = parts.findPart(descriptorId);
        if (part == null) {
            MPartStack stack = stackFor(descriptorId);
            if (stack == null) {
                return parts.showPart(descriptorId, PartState.ACTIVATE);
            }
            part = parts.createPart(descriptorId);
            if (part == null) {
                return null;
            }
            stack.getChildren().add(part);
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }

    private MPartStack stackFor(String descriptorId) {
        MPartDescriptor descriptor = application.getDescriptors().stream()
                .filter(d -> descriptorId.equals(d.getElementId())).findFirst().orElse(null);
        if (descriptor != null && descriptor.getCategory() != null && !descriptor.getCategory().isBlank()) {
            List<MPartStack> tagged = models.findElements(application, null, MPartStack.class,
                    List.of(descriptor.getCategory()));
            if (!tagged.isEmpty()) {
                return tagged.get(0);
            }
        }
        return models.find(AppIds.VIEWS_STACK, application) instanceof MPartStack views ? views : null;
    }
}
