package io.rapport.app.internal.trim;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The status line in the bottom trim: the open project and how many interactions it holds. */
public final class StatusLineControl {
    private Label label;

    @PostConstruct
    void create(Composite parent, ProjectSession session) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 520;
        label.setLayoutData(data);
        show(session.overview().orElse(null));
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        show(overview);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        show(overview);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        show(null);
    }

    private void show(ProjectOverview overview) {
        if (label == null || label.isDisposed()) {
            return;
        }
        if (overview == null) {
            label.setText("No project open");
            label.setToolTipText(null);
        } else {
            label.setText(overview.name() + "  \u00b7  " + String.format("%,d", overview.summary().interactions())
                    + " interactions  \u00b7  " + overview.datasets().size()
                    + (overview.datasets().size() == 1 ? " dataset" : " datasets"));
            label.setToolTipText(overview.directory().toString());
        }
    }
}
