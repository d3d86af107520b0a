package io.rapport.explorer.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which interactions to show and in which order. Empty sets, {@code null} dates, {@code ANY} and a blank search
 * take everything. Immutable: the {@code with…} methods return a changed copy.
 *
 * @param channels  channel ids to keep (empty = all)
 * @param kinds     kinds to keep (empty = all)
 * @param from      first UTC day to keep (inclusive), {@code null} = open
 * @param to        last UTC day to keep (inclusive), {@code null} = open
 * @param search    a case-insensitive substring of the text, the author's handle or the author's name;
 *                  {@code %} and {@code _} are plain characters
 * @param ascending the sort direction of {@code sortBy}
 */
public record InteractionQuery(Set<String> channels, Set<String> kinds, LocalDate from, LocalDate to,
        Direction direction, AnsweredFilter answered, SentimentFilter sentiment, String search, SortColumn sortBy,
        boolean ascending) {

    public InteractionQuery {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        direction = Objects.requireNonNullElse(direction, Direction.ANY);
        answered = Objects.requireNonNullElse(answered, AnsweredFilter.ANY);
        sentiment = Objects.requireNonNullElse(sentiment, SentimentFilter.ANY);
        search = search == null ? "" : search.strip();
        sortBy = Objects.requireNonNullElse(sortBy, SortColumn.CREATED_AT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
    }

    /** Every interaction, newest first. */
    public static InteractionQuery all() {
        return new InteractionQuery(Set.of(), Set.of(), null, null, Direction.ANY, AnsweredFilter.ANY,
                SentimentFilter.ANY, "", SortColumn.CREATED_AT, false);
    }

    public InteractionQuery withChannels(Set<String> newChannels) {
        return new InteractionQuery(newChannels, kinds, from, to, direction, answered, sentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withKinds(Set<String> newKinds) {
        return new InteractionQuery(channels, newKinds, from, to, direction, answered, sentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new InteractionQuery(channels, kinds, newFrom, newTo, direction, answered, sentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withDirection(Direction newDirection) {
        return new InteractionQuery(channels, kinds, from, to, newDirection, answered, sentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withAnswered(AnsweredFilter newAnswered) {
        return new InteractionQuery(channels, kinds, from, to, direction, newAnswered, sentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withSentiment(SentimentFilter newSentiment) {
        return new InteractionQuery(channels, kinds, from, to, direction, answered, newSentiment, search, sortBy,
                ascending);
    }

    public InteractionQuery withSearch(String newSearch) {
        return new InteractionQuery(channels, kinds, from, to, direction, answered, sentiment, newSearch, sortBy,
                ascending);
    }

    public InteractionQuery sortedBy(SortColumn column, boolean newAscending) {
        return new InteractionQuery(channels, kinds, from, to, direction, answered, sentiment, search, column,
                newAscending);
    }

    /** The same filters with the default order: whether two queries select the same rows. */
    public InteractionQuery unsorted() {
        return sortedBy(SortColumn.CREATED_AT, false);
    }

    /** Whether the query keeps every interaction (whatever its order). */
    public boolean takesEverything() {
        return unsorted().equals(all());
    }

    /** The search in lower case, as it is matched. */
    public String searchKey() {
        return search.toLowerCase(Locale.ROOT);
    }
}
