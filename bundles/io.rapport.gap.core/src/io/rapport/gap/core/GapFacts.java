package io.rapport.gap.core;

/**
 * The per-interaction facts every {@link GapIndicator} aggregates: the derived table {@link #TABLE}, rebuilt
 * (after the engagement cycle's facts, on which it builds) by the first gap report after an import, a settings
 * change or a new sentiment model. One row per interaction, no text of its own; columns:
 * <ul>
 * <li>{@code channel}, {@code source_id}, {@code created_at} (TIMESTAMP, UTC), {@code direction}
 * ({@code inbound}/{@code outbound}), {@code author} (handle, lower-case, without '@');</li>
 * <li>from the metric definitions (DESIGN.md §3, the engagement cycle's facts): {@code addressed},
 * {@code negative}, {@code responded} (addressed and has a response), {@code first_response_minutes};</li>
 * <li>{@code our_post}: outbound and starting a thread (no {@code in_reply_to});</li>
 * <li>{@code promotional}: an {@code our_post} whose text matches {@link #PROMOTIONAL};</li>
 * <li>{@code our_reply}: outbound and a reply to an inbound interaction;</li>
 * <li>{@code templated}: an {@code our_reply} whose normalised text (lower-cased; handles, URLs, numbers, the
 * addressee's handle and first name and every character but letters removed) is shared by at least
 * {@link #TEMPLATE_MIN_COPIES} of our replies in the project;</li>
 * <li>{@code addresses_person}: an {@code our_reply} that names the person it answers: their first name (the
 * first word of their display name, as a word) or their handle (3+ characters) appears in it;</li>
 * <li>{@code public_answer}: inbound, and at least one of our replies to it does not match
 * {@link #DM_DEFLECTION} (answers in public rather than only "send us a DM");</li>
 * <li>{@code thanked}: inbound, and its author replied to one of our replies to it with thanks (the engagement
 * cycle's {@link io.rapport.cycle.core.Gratitude} rule);</li>
 * <li>{@code idea}: inbound and its text matches {@link #IDEA};</li>
 * <li>{@code frequent_author}: inbound, by a customer with at least {@link #FREQUENT_AUTHOR_MIN} inbound
 * interactions on the channel in the project.</li>
 * </ul>
 * The patterns are regular expressions (RE2 syntax) matched on the lower-cased text.
 */
public final class GapFacts {
    public static final String TABLE = "derived_gap_facts";

    /** Prices, discounts and calls to buy: what makes a post of ours selling rather than engaging. */
    public static final String PROMOTIONAL = "([£$€][[:space:]]?[0-9]|[0-9]+[[:space:]]?% off|half price"
            + "|pre-?order|\\bdeals?\\b|\\bsale\\b|discount|black friday|cyber monday|\\bbuy\\b|shop now"
            + "|order now|switch today|limited time|offer ends|\\bcoupons?\\b|\\bvouchers?\\b|promo code|utm_)";

    /** Moving the conversation out of public view: DM us, message us, contact us via another channel. */
    public static final String DM_DEFLECTION = "(\\bdms?\\b|\\bdm us\\b|direct message|private message|\\bpm\\b"
            + "|message us|send us a message|contact us via|via the chat|call us on|email us)";

    /** A customer's idea or suggestion. */
    public static final String IDEA = "(it would be (great|nice|good|awesome|useful|helpful) if|would love (it )?if"
            + "|would love to see|please add|could you add|can you add|feature request|\\bsuggestions?\\b"
            + "|\\bi suggest\\b|\\bidea:)";

    /** How many of our replies must share a normalised text for it to be a template. */
    public static final int TEMPLATE_MIN_COPIES = 3;

    /** Inbound interactions on a channel in the project that make a customer a frequent (prominent) author. */
    public static final int FREQUENT_AUTHOR_MIN = 5;

    private GapFacts() {
    }
}
