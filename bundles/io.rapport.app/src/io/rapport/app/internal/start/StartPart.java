package io.rapport.app.internal.start;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Start view: what the open project holds in one sentence, and links to what an analyst does next
 * (import, say who "we" are, open views, switch projects). Each link runs the command of the menu item.
 */
public final class StartPart {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;
    private Composite area;
    private Label project;

    @PostConstruct
    void create(Composite parent, ProjectSession session) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 20;
        layout.verticalSpacing = 12;
        area.setLayout(layout);
        area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        Label title = label(SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        title.setText("Rapport");
        project = label(SWT.WRAP);
        link("<a href=\"io.rapport.app.command.import\">Import\u2026</a> channel exports (files or whole folders): "
                + "each file becomes a dataset; records already in the project are skipped.");
        link("Say who \u201cwe\u201d are in the <a href=\"io.rapport.app.command.projectSettings\">Project Settings</a>"
                + ": our accounts, our staff and their departments, the spaces we run. They decide what is "
                + "addressed to us and what counts as a response.");
        link("Open analyses with <a href=\"io.rapport.app.command.showViewDialog\">Window \u25b8 Show View</a>: "
                + "every installed view is listed there by category.");
        link("<a href=\"io.rapport.app.command.openProject\">Open</a> another project or create a "
                + "<a href=\"io.rapport.app.command.newProject\">new</a> one; only one project is open at a time.");
        show(session.overview().orElse(null));
    }

    private Label label(int style) {
        Label label = new Label(area, style);
        label.setBackground(area.getBackground());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 560;
        label.setLayoutData(data);
        return label;
    }

    private void link(String text) {
        Link link = new Link(area, SWT.WRAP);
        link.setBackground(area.getBackground());
        link.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 560;
        link.setLayoutData(data);
        link.addListener(SWT.Selection, e -> run(e.text));
    }

    private void run(String commandId) {
        ParameterizedCommand command = commands.createCommand(commandId, null);
        if (command != null && handlers.canExecute(command)) {
            handlers.executeHandler(command);
        }
    }

    @Focus
    void focus() {
        area.setFocus();
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
        if (project == null || project.isDisposed()) {
            return;
        }
        project.setText(overview == null ? "No project is open." : describe(overview));
        area.layout(true, true);
    }

    static String describe(ProjectOverview o) {
        var s = o.summary();
        long channels = s.counts().stream().map(c -> c.channel()).distinct().count();
        String text = o.name() + " holds " + String.format("%,d", s.interactions()) + " interactions in "
                + o.datasets().size() + (o.datasets().size() == 1 ? " dataset" : " datasets") + " from " + channels
                + (channels == 1 ? " channel" : " channels");
        if (s.firstInteraction() != null) {
            text += ", " + DATE.format(s.firstInteraction().atZone(ZoneId.systemDefault())) + " to "
                    + DATE.format(s.lastInteraction().atZone(ZoneId.systemDefault()));
        }
        return text + ".";
    }
}
