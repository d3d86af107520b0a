package org.example.rapport.slack;

/** The names this extension gives what it contributes, as {@code rapport formats} and {@code rapport gap} list them. */
public final class SlackExport {
    /** The importer's format id ({@code rapport import --format slack-export}). */
    public static final String FORMAT_ID = "slack-export";
    /** The channel id of every interaction the importer reads. */
    public static final String CHANNEL = "slack";
    /** The gap indicator's id, which an analyst binds to an expectation. */
    public static final String THREADS_ANSWERED = "slack-threads-answered";

    private SlackExport() {
    }
}
