package io.rapport.gap.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.util.List;

/**
 * The gap matrix of a project: its rows (kept in the project), the installed indicators, and the report. A DS
 * service. The report applies the metric definitions first (through the engagement cycle's facts, scoring
 * sentiment if needed), so the first report after an import takes longer; every computation can be cancelled
 * through its monitor ({@link org.eclipse.core.runtime.OperationCanceledException}).
 */
public interface EngagementGap {
    /** The project document that holds the rows ({@link ProjectStore#document}). */
    String DOCUMENT_KEY = "gap/expectations";

    /** The installed indicators, by id. */
    List<GapIndicatorDescriptor> indicators();

    /** The twelve expectations of DESIGN.md §1.4 with their default indicators, weights and targets. */
    GapModel defaults();

    /** The project's rows as last saved, or {@link #defaults()} when none were saved. */
    GapModel model(ProjectStore store) throws ProjectException;

    /** The item ids of the project's survey instrument, in order: what an importance can be read from. */
    List<String> surveyItems(ProjectStore store) throws ProjectException;

    /** What keeps the rows from being saved in this project (see {@link GapModel#problems}); empty if nothing. */
    List<String> problems(ProjectStore store, GapModel model) throws ProjectException;

    /**
     * Saves the rows in the project (no derived data changes with them).
     *
     * @throws GapModelException listing the problems, and nothing is saved, if the rows are not valid here
     */
    void save(ProjectStore store, GapModel model) throws ProjectException;

    /**
     * The matrix of {@code period} against the previous period ({@link GapPeriod#previous()}); with a
     * {@code null} period, the calendar month of the project's latest interaction against the month before.
     */
    GapReport report(ProjectStore store, GapModel model, GapPeriod period, IProgressMonitor monitor)
            throws ProjectException;

    /**
     * The interactions behind one indicator's value on one channel in a period: those of its basis that did not
     * count first (what to work on), then the counted ones, each group oldest first; at most {@code limit}.
     *
     * @throws IllegalArgumentException if the indicator is not installed
     */
    List<Evidence> evidence(ProjectStore store, String indicatorId, String channel, GapPeriod period, int limit,
            IProgressMonitor monitor) throws ProjectException;
}
