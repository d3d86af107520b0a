package io.rapport.sample.internal;

import java.time.Instant;

/** Fills a phrase's placeholders ({city}, {first}, {me}…) for one message. */
final class Wording {
    private final SampleCalendar calendar;

    Wording(SampleCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param addressee first name of the person spoken to ({first}), or {@code null}
     * @param signature how the writer signs ({me}), may be empty
     */
    String fill(String phrase, Particulars particulars, Instant at, String addressee, String signature) {
        StringBuilder out = new StringBuilder(phrase.length() + 16);
        int i = 0;
        while (i < phrase.length()) {
            int open = phrase.indexOf('{', i);
            int close = open < 0 ? -1 : phrase.indexOf('}', open);
            if (close < 0) {
                out.append(phrase, i, phrase.length());
                break;
            }
            out.append(phrase, i, open);
            out.append(value(phrase.substring(open + 1, close), particulars, at, addressee, signature));
            i = close + 1;
        }
        // a missing name or signature leaves ", ," or a trailing blank behind: tidy them
        return out.toString().replace(" ,", ",").replace("Hi ,", "Hi,").replace(", !", "!").replace(", .", ".")
                .replace("  ", " ").strip();
    }

    private String value(String placeholder, Particulars p, Instant at, String addressee, String signature) {
        return switch (placeholder) {
            case "city" -> p.city();
            case "country" -> p.country();
            case "phone" -> p.phone();
            case "amount" -> p.amount();
            case "days" -> Integer.toString(p.days());
            case "hours" -> Integer.toString(p.hours());
            case "app" -> calendar.appVersionAt(at);
            case "first" -> addressee == null ? "" : addressee;
            case "me" -> signature == null ? "" : signature;
            default -> throw new IllegalArgumentException("unknown placeholder {" + placeholder + "}");
        };
    }
}
