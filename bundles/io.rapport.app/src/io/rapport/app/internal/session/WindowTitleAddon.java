package io.rapport.app.internal.session;

import io.rapport.app.AppIds;
import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Titles the main window with the open project's name. */
public final class WindowTitleAddon {
    static final String PRODUCT = "Rapport";

    @Inject
    private MApplication app;
    @Inject
    private EModelService models;

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        setTitle(overview.name() + " \u2014 " + PRODUCT);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        setTitle(overview.name() + " \u2014 " + PRODUCT);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        setTitle(PRODUCT);
    }

    private void setTitle(String title) {
        if (models.find(AppIds.MAIN_WINDOW, app) instanceof MWindow window) {
            window.setLabel(title);
        }
    }
}
