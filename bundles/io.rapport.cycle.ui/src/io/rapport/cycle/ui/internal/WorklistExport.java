package io.rapport.cycle.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.WorklistItem;
import io.rapport.ui.common.export.Csv;
import io.rapport.ui.common.export.CsvTable;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.jobs.ProjectTask;

import org.eclipse.e4.ui.di.UISynchronize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Exports the whole worklist of the filter shown, not only the oldest rows the table holds: when there are more,
 * they are read again and written in a project task (a Job holding the project's rule); the user hears the
 * outcome in the status.
 */
final class WorklistExport {
    private static final String WHAT = "the worklist";
    private static final String NAME = "unanswered-negative";

    private final Supplier<EngagementCycle> cycle;
    private final Exporter exporter;
    private final ProjectTask tasks;

    WorklistExport(ProjectSession session, Supplier<EngagementCycle> cycle, UISynchronize ui, Exporter exporter) {
        this.cycle = cycle;
        this.exporter = exporter;
        this.tasks = new ProjectTask(session::store, session.rule(), ProjectSession.JOB_FAMILY, ui::asyncExec);
    }

    /** @param shown what the dashboard shows, null before the first computation */
    void export(DashboardData shown) {
        if (shown == null) {
            exporter.nothingYet();
        } else if (shown.worklist().size() >= shown.worklistTotal()) {
            exporter.csv(WHAT, NAME, () -> CycleCsv.worklist(shown.worklist()));
        } else {
            exporter.chooseCsv(WHAT, NAME).ifPresent(file -> readAndWrite(shown, file));
        }
    }

    private void readAndWrite(DashboardData shown, Path file) {
        EngagementCycle service = cycle.get();
        if (service == null) {
            exporter.nothingYet();
            return;
        }
        tasks.run("Exporting the worklist", (store, monitor) -> {
            List<WorklistItem> all = service.worklist(store, shown.filter(),
                    (int) Math.min(Integer.MAX_VALUE, shown.worklistTotal()), monitor);
            CsvTable table = CycleCsv.worklist(all);
            return Csv.write(file, table.header(), table.rows());
        }, rows -> exporter.written(WHAT, rows, file), message -> exporter.failed(WHAT, file,
                new IOException(message)));
    }
}
