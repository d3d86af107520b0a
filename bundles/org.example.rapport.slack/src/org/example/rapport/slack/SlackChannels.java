package org.example.rapport.slack;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import java.util.List;

/**
 * Per Slack channel of a project: messages, threads, and how many conversations customers started that we
 * answered. A DS service; a query over the project's canonical tables ({@link ProjectStore#query}), so call it
 * in a background Job, never in the UI thread.
 */
public interface SlackChannels {

    /** The project's Slack channels in name order; empty when nothing from Slack was imported. */
    List<SlackChannelSummary> channels(ProjectStore store) throws ProjectException;
}
