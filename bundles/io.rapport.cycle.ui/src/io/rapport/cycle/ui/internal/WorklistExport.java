package io.rapport.cycle.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.WorklistItem;
import io.rapport.ui.common.export.Csv;
import io.rapport.ui.common.export.CsvTable;
import io.rapport.ui.common.export.Exporter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exports the whole worklist of the filter shown, not only the oldest rows the table holds: when there are more,
 * they are read again and written in a Job holding the project's rule; the user hears the outcome in the status.
 */
final class WorklistExport {
    private static final String WHAT = "the worklist";
    private static final String NAME = "unanswered-negative";

    private final ProjectSession session;
    private final Supplier<EngagementCycle> cycle;
    private final UISynchronize ui;
    private final Exporter exporter;

    WorklistExport(ProjectSession session, Supplier<EngagementCycle> cycle, UISynchronize ui, Exporter exporter) {
        this.session = session;
        this.cycle = cycle;
        this.ui = ui;
        this.exporter = exporter;
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
        Job job = new Job("Exporting the worklist") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Optional<ProjectStore> store = session.store();
                    if (store.isEmpty() || service == null) {
                        throw new ProjectException("The project was closed");
                    }
                    List<WorklistItem> all = service.worklist(store.get(), shown.filter(),
                            (int) Math.min(Integer.MAX_VALUE, shown.worklistTotal()), monitor);
                    CsvTable table = CycleCsv.worklist(all);
                    int rows = Csv.write(file, table.header(), table.rows());
                    ui.asyncExec(() -> exporter.written(WHAT, rows, file));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (ProjectException | IOException | RuntimeException e) {
                    ui.asyncExec(() -> exporter.failed(WHAT, file, e));
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectSession.JOB_FAMILY;
            }
        };
        job.setRule(session.rule());
        job.schedule();
    }
}
