package io.rapport.explorer.core;

/**
 * The sentiment classes of the metric definitions, which partition the interactions: {@link #NEGATIVE} is the
 * metrics' "negative" (score ≤ {@link io.rapport.core.sentiment.SentimentModel#NEGATIVE_THRESHOLD} or a review
 * rating ≤ 2), {@link #POSITIVE} a score ≥ {@link io.rapport.core.sentiment.SentimentModel#POSITIVE_THRESHOLD}
 * that is not negative, {@link #NEUTRAL} everything else (including texts without a score).
 */
public enum SentimentFilter {
    ANY, NEGATIVE, NEUTRAL, POSITIVE
}
