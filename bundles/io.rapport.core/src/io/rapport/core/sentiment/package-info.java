/**
 * Sentiment: the {@link io.rapport.core.sentiment.SentimentModel} SPI that scores a text on the compound
 * −1..1 scale the metric definitions use (negative = score ≤ −0.05), and its typed component properties.
 */
package io.rapport.core.sentiment;
