package io.rapport.app.internal.handlers;

import io.rapport.app.AppIds;
import io.rapport.app.internal.session.RecentProjects;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;

import java.nio.file.Path;
import java.util.List;

/** File ▸ Recent Projects: most recent first; projects that no longer exist are left out (and forgotten). */
public final class RecentProjectsMenu {
    private static final int MNEMONICS = 9;

    @AboutToShow
    void aboutToShow(List<MMenuElement> items, MApplication application, RecentProjects recent) {
        MCommand command = Commands.find(application, AppIds.COMMAND_OPEN_RECENT);
        List<Path> projects = recent.list();
        if (projects.isEmpty() || command == null) {
            MDirectMenuItem none = MMenuFactory.INSTANCE.createDirectMenuItem();
            none.setLabel("(no recent projects)");
            none.setContributionURI("bundleclass://io.rapport.app/" + NothingToDo.class.getName());
            items.add(none);
            return;
        }
        int n = 0;
        for (Path dir : projects) {
            n++;
            MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
            String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
            item.setLabel((n <= MNEMONICS ? "&" + n + " " : "") + name.replace("&", "&&") + "  [" + dir.getParent() + "]");
            item.setTooltip(dir.toString());
            item.setCommand(command);
            MParameter parameter = MCommandsFactory.INSTANCE.createParameter();
            parameter.setName(AppIds.PARAMETER_PROJECT_DIR);
            parameter.setValue(dir.toString());
            item.getParameters().add(parameter);
            items.add(item);
        }
    }
}
