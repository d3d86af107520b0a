/**
 * The interactions explorer, headless: an {@link io.rapport.explorer.core.InteractionQuery} (filters on channel,
 * kind, dates, direction, answered, sentiment and text, and a sort order) counted and read page by page in the
 * store, and the {@link io.rapport.explorer.core.Conversation} (thread tree) of an interaction with our responses
 * and their response times. Everything is SQL over {@link io.rapport.cycle.core.CycleFacts}, so that "addressed",
 * "responded" and "negative" mean exactly what the engagement-cycle metrics count.
 * {@link io.rapport.explorer.core.InteractionBrowser} is the DS service.
 */
package io.rapport.explorer.core;
