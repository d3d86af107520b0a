package io.rapport.explorer.core;

import io.rapport.core.store.ProjectException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The interactions of one open project with the facts of the metric definitions, as the store's facts table
 * held them when it was made ({@link InteractionBrowser#interactions}, which brings that table up to date):
 * after an import or a settings change, get it again. Every method is one query in the store; nothing is held
 * in memory between calls. Safe to use from several threads; a call can take a second on a project of a
 * million interactions: call it from a Job.
 */
public interface ProjectInteractions {

    /** The key ({@code id@version}) of the sentiment model whose scores decide the sentiment classes. */
    String sentimentModel();

    /** How many interactions the query keeps. */
    long count(InteractionQuery query) throws ProjectException;

    /**
     * The rows {@code offset .. offset + limit - 1} of the query in its order (fewer at the end).
     *
     * @throws IllegalArgumentException for a negative offset or a limit that is not positive
     */
    List<InteractionRow> page(InteractionQuery query, long offset, int limit) throws ProjectException;

    /** The 0-based position of an interaction in the query's order, empty if the query does not keep it. */
    OptionalLong position(InteractionQuery query, String channel, String sourceId) throws ProjectException;

    /** The thread of an interaction, empty if the project has no such interaction. */
    Optional<Conversation> conversation(String channel, String sourceId) throws ProjectException;
}
