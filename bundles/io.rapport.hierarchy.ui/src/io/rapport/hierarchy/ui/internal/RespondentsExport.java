package io.rapport.hierarchy.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.RespondentQuery;
import io.rapport.ui.common.export.Csv;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.jobs.ProjectTask;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Writes every respondent matching the table's filters to CSV, in its order, in a Job that holds the project's
 * rule: the rows are read a block at a time while the file is written, so a survey of a million respondents is
 * never held in memory. Cancelling leaves no file behind (the CSV writer replaces the file only when done).
 */
final class RespondentsExport {
    private static final int BLOCK = 10_000;
    private static final String WHAT = "the respondents";

    private final ProjectSession session;
    private final Supplier<EngagementHierarchy> hierarchy;
    private final Exporter exporter;
    private final ProjectTask tasks;

    RespondentsExport(ProjectSession session, Supplier<EngagementHierarchy> hierarchy, Exporter exporter,
            Executor ui) {
        this.session = session;
        this.hierarchy = hierarchy;
        this.exporter = exporter;
        this.tasks = new ProjectTask(session::store, session.rule(), ProjectSession.JOB_FAMILY, ui);
    }

    void export(RespondentQuery query) {
        EngagementHierarchy service = hierarchy.get();
        if (service == null || session.store().isEmpty()) {
            exporter.nothingYet();
            return;
        }
        Optional<Path> chosen = exporter.chooseCsv(WHAT, "respondents");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        tasks.run("Exporting the respondents", (store, monitor) -> {
            Blocks blocks = new Blocks(service, store, query, monitor);
            try {
                return Csv.write(file, HierarchyCsv.respondentsHeader(blocks.first), () -> blocks);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }, rows -> exporter.written(WHAT, rows, file), message -> exporter.failed(WHAT, file,
                new IOException(message)));
    }

    /** The matching respondents' CSV rows, read a block at a time as the writer asks for them. */
    private static final class Blocks implements Iterator<List<?>> {
        private final EngagementHierarchy service;
        private final ProjectStore store;
        private final RespondentQuery query;
        private final SubMonitor progress;
        final RespondentPage first;
        private RespondentPage block;
        private int index;

        Blocks(EngagementHierarchy service, ProjectStore store, RespondentQuery query, IProgressMonitor monitor)
                throws ProjectException {
            this.service = service;
            this.store = store;
            this.query = query;
            first = service.respondents(store, query.page(0).withLimit(BLOCK), monitor);
            progress = SubMonitor.convert(monitor, "Exporting " + Texts.count(first.matching()) + " respondents",
                    (int) Math.min(Integer.MAX_VALUE, first.matching()));
            block = first;
        }

        @Override
        public boolean hasNext() {
            if (index < block.rows().size()) {
                return true;
            }
            long nextOffset = block.offset() + block.rows().size();
            if (block.rows().size() < BLOCK || nextOffset >= block.matching()) {
                return false;
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                block = service.respondents(store, query.page(nextOffset).withLimit(BLOCK), null);
            } catch (ProjectException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
            index = 0;
            return !block.rows().isEmpty();
        }

        @Override
        public List<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            progress.worked(1);
            return HierarchyCsv.respondent(block, block.rows().get(index++));
        }
    }
}
