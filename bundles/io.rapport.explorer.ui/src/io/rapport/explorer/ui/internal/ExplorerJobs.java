package io.rapport.explorer.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ProjectInteractions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Every query of the explorer, each in a Job that holds the project's rule (so that it never reads a project
 * being closed, nor competes with an import or a scoring for the single writer), with its result handed to the
 * UI thread through {@link UISynchronize}. The UI thread never waits on the database.
 * <p>
 * Each load of a query starts a new generation; results of an older generation, or of a project that is no
 * longer open, are dropped. Pages are read by one Job, most recently asked first, and pages nobody asked for
 * recently (a scroll bar dragged through a million rows) are never read.
 */
final class ExplorerJobs {
    /** Pages asked for while the reader is busy: older requests beyond these are forgotten. */
    private static final int PENDING_PAGES = 4;

    /** Hears how a load goes, in the UI thread. */
    interface LoadListener {
        /** The first page; {@code all}: there are no more rows (else {@link #counted} follows). */
        void firstPage(InteractionQuery query, List<InteractionRow> rows, boolean all, String sentimentModel);

        void counted(InteractionQuery query, long count);

        void noProject();

        void failed(String problem);
    }

    /** Receives a page that was read, in the UI thread. */
    @FunctionalInterface
    interface PageReceiver {
        void page(InteractionQuery query, long page, List<InteractionRow> rows);
    }

    private final ProjectSession session;
    private final InteractionBrowser browser;
    private final UISynchronize ui;
    private final Deque<Long> pendingPages = new ArrayDeque<>();
    private final Job pageReader;

    /** Written in the UI thread, read by the Jobs. */
    private volatile int generation;
    private volatile ProjectInteractions interactions;
    private volatile ProjectStore boundStore;
    private volatile InteractionQuery pageQuery;
    private volatile PageReceiver pageReceiver = (q, p, r) -> {
    };
    /** The latest conversation asked for (UI thread only). */
    private int conversationRequest;
    /** The latest load (UI thread only): a newer one makes it pointless. */
    private Job currentLoad;

    ExplorerJobs(ProjectSession session, InteractionBrowser browser, UISynchronize ui) {
        this.session = session;
        this.browser = browser;
        this.ui = ui;
        pageReader = new ExplorerJob("Reading interactions", this::readPages, problem -> {
        }, -1, true);
    }

    /** Whether the project's interactions are bound (a load finished on the open project). */
    boolean bound() {
        return interactions != null;
    }

    /**
     * Reads the query's first page, then counts its rows (unless the first page already holds them all), so that
     * the rows show before the count is known; with {@code rebind}, first binds the open project's interactions
     * again (after it was opened or changed: new rows get their sentiment scored).
     */
    void load(InteractionQuery query, boolean rebind, LoadListener listener) {
        int gen = ++generation;
        clearPages();
        if (rebind) {
            interactions = null;
            boundStore = null;
        }
        if (currentLoad != null) {
            currentLoad.cancel();
        }
        currentLoad = new ExplorerJob(rebind ? "Reading the project's interactions" : "Filtering interactions",
                monitor -> {
                    ProjectStore store = session.store().orElse(null);
                    if (store == null) {
                        deliver(gen, () -> listener.noProject());
                        return;
                    }
                    ProjectInteractions bound = interactions;
                    if (bound == null || boundStore != store) {
                        bound = browser.interactions(store, monitor);
                    }
                    List<InteractionRow> first = bound.page(query, 0, PagedRows.PAGE_SIZE);
                    boolean all = first.size() < PagedRows.PAGE_SIZE;
                    ProjectInteractions result = bound;
                    deliver(gen, () -> {
                        interactions = result;
                        boundStore = store;
                        pageQuery = query;
                        listener.firstPage(query, first, all, result.sentimentModel());
                    });
                    if (!all && !monitor.isCanceled()) {
                        long count = result.count(query);
                        deliver(gen, () -> listener.counted(query, count));
                    }
                }, listener::failed, gen, false);
        currentLoad.schedule();
    }

    /** Forgets the project (closed): results still on their way are dropped. */
    void unbind() {
        generation++;
        clearPages();
        interactions = null;
        boundStore = null;
        Job.getJobManager().cancel(this);
    }

    /** Where pages that were read go. */
    void onPage(PageReceiver receiver) {
        pageReceiver = receiver;
    }

    /** Asks for a page of the current query (see {@link #onPage}); the latest requests are read first. */
    void page(long page) {
        synchronized (pendingPages) {
            if (pendingPages.contains(page)) {
                return;
            }
            pendingPages.addFirst(page);
            while (pendingPages.size() > PENDING_PAGES) {
                pendingPages.removeLast();
            }
        }
        pageReader.schedule();
    }

    private void readPages(IProgressMonitor monitor) throws ProjectException {
        while (!monitor.isCanceled()) {
            Long page;
            synchronized (pendingPages) {
                page = pendingPages.pollFirst();
            }
            ProjectInteractions bound = interactions;
            InteractionQuery query = pageQuery;
            if (page == null || bound == null || query == null) {
                return;
            }
            int gen = generation;
            List<InteractionRow> read = bound.page(query, page * PagedRows.PAGE_SIZE, PagedRows.PAGE_SIZE);
            PageReceiver receiver = pageReceiver;
            deliver(gen, () -> receiver.page(query, page, read));
        }
    }

    /** Reads the conversation of an interaction; only the latest request is delivered. */
    void conversation(String channel, String sourceId, Consumer<Optional<Conversation>> done,
            Consumer<String> failed) {
        int request = ++conversationRequest;
        int gen = generation;
        new ExplorerJob("Reading a conversation", monitor -> {
            ProjectInteractions bound = interactions;
            if (bound == null) {
                return;
            }
            Optional<Conversation> conversation = bound.conversation(channel, sourceId);
            deliver(gen, () -> {
                if (request == conversationRequest) {
                    done.accept(conversation);
                }
            });
        }, failed, gen, true).schedule();
    }

    /** Finds the row of an interaction in the current query. */
    void position(InteractionQuery query, String channel, String sourceId, Consumer<OptionalLong> done,
            Consumer<String> failed) {
        int gen = generation;
        new ExplorerJob("Finding an interaction", monitor -> {
            ProjectInteractions bound = interactions;
            if (bound != null) {
                OptionalLong row = bound.position(query, channel, sourceId);
                deliver(gen, () -> done.accept(row));
            }
        }, failed, gen, true).schedule();
    }

    /** Cancels every Job of the explorer (the part is going away). */
    void dispose() {
        unbind();
        pageReader.cancel();
    }

    private void clearPages() {
        synchronized (pendingPages) {
            pendingPages.clear();
        }
    }

    /** Runs {@code update} in the UI thread if nothing newer was asked for meanwhile. */
    private void deliver(int gen, Runnable update) {
        ui.asyncExec(() -> {
            if (gen == generation) {
                update.run();
            }
        });
    }

    /** The work of a Job. */
    @FunctionalInterface
    private interface Work {
        void run(IProgressMonitor monitor) throws ProjectException;
    }

    /** A Job of the explorer: the project's rule, cancellable with the others, failures to {@code failed}. */
    private final class ExplorerJob extends Job {
        private final Work work;
        private final Consumer<String> failed;
        private final int gen;

        /**
         * @param gen    the generation it works for ({@code -1}: whichever is current)
         * @param system hidden from the progress display (short reads); a load, which may score sentiment
         *               first, shows its progress
         */
        ExplorerJob(String name, Work work, Consumer<String> failed, int gen, boolean system) {
            super(name);
            this.work = work;
            this.failed = failed;
            this.gen = gen;
            setRule(session.rule());
            setSystem(system);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                work.run(monitor);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (ProjectException | RuntimeException e) {
                // a project closed under a query fails it: nobody waits for that answer any more
                if (!monitor.isCanceled() && (gen < 0 || gen == generation)) {
                    deliver(generation, () -> failed.accept(e.getMessage()));
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        }

        /** Ours (the view cancels them) and the session's (shutdown waits for them before closing the store). */
        @Override
        public boolean belongsTo(Object family) {
            return family == ExplorerJobs.this || family == ProjectSession.JOB_FAMILY;
        }
    }
}
