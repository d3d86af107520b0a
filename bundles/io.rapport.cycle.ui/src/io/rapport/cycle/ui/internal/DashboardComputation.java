package io.rapport.cycle.ui.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.WorklistItem;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the engagement-cycle service for everything the dashboard shows. The first call (metrics by channel)
 * also scores the sentiment of interactions that have no score yet, which is most of the work on a freshly
 * imported project and gets most of the progress; the other five analyses only read, so they run side by side
 * (the store takes queries from several threads), which roughly halves the time on the sample.
 */
final class DashboardComputation {
    /** How often the waiting Job thread looks at its monitor for a cancellation (ms). */
    private static final long POLL = 50;

    private final EngagementCycle cycle;
    private final int worklistLimit;

    DashboardComputation(EngagementCycle cycle, int worklistLimit) {
        this.cycle = cycle;
        this.worklistLimit = worklistLimit;
    }

    /** @throws OperationCanceledException when cancelled */
    DashboardData compute(ProjectStore store, AnalysisFilter filter, IProgressMonitor monitor)
            throws ProjectException {
        long start = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, "Engagement dashboard", 100);
        progress.subTask("Response metrics by channel");
        MetricsReport byChannel = cycle.metrics(store, Grouping.CHANNEL, filter, progress.split(70));
        progress.subTask("Response metrics by month and department, funnel, responders, worklist");
        IProgressMonitor cancelOnly = new CancelledWith(progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(5,
                Math.max(2, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "Engagement dashboard query");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Future<MetricsReport> byMonth = pool.submit(() -> cycle.metrics(store, Grouping.MONTH, filter,
                    cancelOnly));
            Future<MetricsReport> byDepartment = pool.submit(() -> cycle.metrics(store, Grouping.DEPARTMENT,
                    filter, cancelOnly));
            Future<FunnelReport> funnel = pool.submit(() -> cycle.funnel(store, filter, cancelOnly));
            Future<RespondersReport> responders = pool.submit(() -> cycle.responders(store, filter,
                    EngagementCycle.DEFAULT_CORE_TEAMS, cancelOnly));
            Future<List<WorklistItem>> worklist = pool.submit(() -> cycle.worklist(store, filter, worklistLimit,
                    cancelOnly));
            List<Future<?>> all = new ArrayList<>(List.of(byMonth, byDepartment, funnel, responders, worklist));
            for (Future<?> f : all) {
                await(f, progress);
                progress.worked(6);
            }
            return new DashboardData(filter, byChannel, byMonth.get(), byDepartment.get(), funnel.get(),
                    responders.get(), worklist.get(), worklistLimit, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for {@code f}, giving up when the Job is cancelled (the queries see it through their monitors). */
    private static void await(Future<?> f, IProgressMonitor monitor)
            throws InterruptedException, ExecutionException {
        while (true) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                f.get(POLL, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // look at the monitor again
            }
        }
    }

    private static ProjectException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ProjectException p) {
            return p;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new ProjectException("The dashboard could not be computed: " + cause, cause);
    }

    /** A monitor for a query on another thread: it reports no progress, but is cancelled with the Job. */
    private static final class CancelledWith extends NullProgressMonitor {
        private final IProgressMonitor job;

        CancelledWith(IProgressMonitor job) {
            this.job = job;
        }

        @Override
        public boolean isCanceled() {
            return job.isCanceled();
        }
    }
}
