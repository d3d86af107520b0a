package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.SortColumn;

import java.util.function.Function;

/** The columns of the interactions table: header, the query column a click sorts by, width, cell text. */
enum InteractionColumn {
    CREATED("Created (UTC)", SortColumn.CREATED_AT, 125, r -> Formats.time(r.createdAt())),
    CHANNEL("Channel", SortColumn.CHANNEL, 90, InteractionRow::channel),
    KIND("Kind", SortColumn.KIND, 70, InteractionRow::kind),
    AUTHOR("Author", SortColumn.AUTHOR, 150, r -> Formats.author(r.authorHandle(), r.authorName())),
    ROLE("By", SortColumn.DIRECTION, 125, r -> Formats.role(r.role(), r.department())),
    STATUS("Status", SortColumn.STATUS, 105, r -> StatusText.of(r.status())),
    FIRST_RESPONSE("First response", SortColumn.FIRST_RESPONSE_MINUTES, 105,
            r -> Formats.minutes(r.firstResponseMinutes())),
    SENTIMENT("Sentiment", SortColumn.SENTIMENT, 110, r -> r.sentiment() == null && !r.negative() ? ""
            : Formats.score(r.sentiment()) + " " + Formats.sentimentClass(r.sentiment(), r.negative())),
    TEXT("Text", SortColumn.TEXT, 520, r -> Formats.oneLine(r.text()));

    private final String header;
    private final SortColumn sortColumn;
    private final int width;
    private final Function<InteractionRow, String> text;

    InteractionColumn(String header, SortColumn sortColumn, int width, Function<InteractionRow, String> text) {
        this.header = header;
        this.sortColumn = sortColumn;
        this.width = width;
        this.text = text;
    }

    String header() {
        return header;
    }

    SortColumn sortColumn() {
        return sortColumn;
    }

    int width() {
        return width;
    }

    String text(InteractionRow row) {
        String t = text.apply(row);
        return t == null ? "" : t;
    }

    static InteractionColumn at(int index) {
        return values()[index];
    }

    /** The column that sorts by {@code column}. */
    static InteractionColumn of(SortColumn column) {
        for (InteractionColumn c : values()) {
            if (c.sortColumn == column) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column sorts by " + column);
    }
}
