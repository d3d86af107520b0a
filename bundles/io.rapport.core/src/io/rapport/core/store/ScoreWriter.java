package io.rapport.core.store;

/**
 * Writes one model's derived per-interaction scores (sentiment). Everything written becomes visible at
 * {@link #commit()}, all at once, or not at all ({@link #close()} without commit). Write each interaction at
 * most once per model key: callers score only the interactions that have no score under the key yet.
 */
public interface ScoreWriter extends AutoCloseable {

    void score(String channel, String sourceId, double score) throws ProjectException;

    void commit() throws ProjectException;

    /** Rolls back unless committed. */
    @Override
    void close() throws ProjectException;
}
