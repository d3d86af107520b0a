package io.rapport.app.internal.handlers;

import io.rapport.app.AppIds;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;

import java.util.List;
import java.util.Objects;

/**
 * The items of Window ▸ Show View: every part descriptor of the application model, grouped by category (a
 * separator between groups), so that views from model fragments of bundles installed later appear too.
 */
public final class ShowViewMenu {

    @AboutToShow
    void aboutToShow(List<MMenuElement> items, MApplication application) {
        MCommand command = Commands.find(application, AppIds.COMMAND_SHOW_VIEW);
        if (command == null) {
            return;
        }
        String category = null;
        for (MPartDescriptor d : ViewCatalog.sorted(application.getDescriptors())) {
            String c = ViewCatalog.category(d);
            if (category != null && !Objects.equals(category, c)) {
                items.add(MMenuFactory.INSTANCE.createMenuSeparator());
            }
            category = c;
            MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
            item.setElementId(AppIds.COMMAND_SHOW_VIEW + "." + d.getElementId());
            item.setLabel(ViewCatalog.label(d));
            item.setIconURI(d.getIconURI());
            item.setTooltip(c);
            item.setCommand(command);
            MParameter parameter = MCommandsFactory.INSTANCE.createParameter();
            parameter.setName(AppIds.PARAMETER_PART_ID);
            parameter.setValue(d.getElementId());
            item.getParameters().add(parameter);
            items.add(item);
        }
    }
}
