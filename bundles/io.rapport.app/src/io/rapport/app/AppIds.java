package io.rapport.app;

/** Ids of the workbench model that view bundles (model fragments) may refer to. */
public final class AppIds {
    /** The main window. */
    public static final String MAIN_WINDOW = "io.rapport.app.window.main";
    /** The stack where views opened from Show View go unless a stack is tagged with their category. */
    public static final String VIEWS_STACK = "io.rapport.app.partstack.views";
    /** The part stack of the project explorer, left of the views. */
    public static final String EXPLORER_STACK = "io.rapport.app.partstack.explorer";
    public static final String PROJECT_EXPLORER = "io.rapport.app.part.projectExplorer";
    /** Every rejected record of the open project's imports. */
    public static final String IMPORT_LOG = "io.rapport.app.part.importLog";
    /** The category of the workbench's own views in Show View. */
    public static final String CATEGORY_RAPPORT = "Rapport";

    public static final String COMMAND_SHOW_VIEW = "io.rapport.app.command.showView";
    public static final String PARAMETER_PART_ID = "io.rapport.app.commandparameter.partId";
    public static final String COMMAND_OPEN_RECENT = "io.rapport.app.command.openRecent";
    public static final String PARAMETER_PROJECT_DIR = "io.rapport.app.commandparameter.projectDir";
    public static final String COMMAND_PROJECT_SETTINGS = "io.rapport.app.command.projectSettings";
    public static final String COMMAND_IMPORT = "io.rapport.app.command.import";

    private AppIds() {
    }
}
