package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Customers rate the company's app (app stores) or the company itself (Trustpilot); the text matches the
 * stars. The company replies as the developer or the business, more often and to more negative reviews as
 * time goes on. The buggy app release shows as a dip in the app's ratings.
 *
 * @param perMonth reviews in an ordinary month
 * @param ofTheApp whether the reviews are of the app (else of the company)
 */
record ReviewScene(double perMonth, boolean ofTheApp) implements Scene {

    /** Chance of 1..5 stars for each segment, in segment order. */
    private static final List<List<Double>> STARS = List.of(
            List.of(0.0, 0.0, 0.03, 0.22, 0.75),
            List.of(0.0, 0.03, 0.12, 0.45, 0.40),
            List.of(0.08, 0.17, 0.35, 0.28, 0.12),
            List.of(0.55, 0.28, 0.12, 0.04, 0.01));

    @Override
    public void play(YearMonth month, Stage stage) {
        for (Instant t : stage.calendar().moments(month, stage.count(perMonth, month), stage.random())) {
            Customer reviewer = reviewer(stage);
            int stars = stars(reviewer.segment(), t, stage);
            String text = stage.say((ofTheApp ? "app-review " : "company-review ") + stars, t, null, null);
            Message review = Message.by(reviewer.on(stage.channel()), t, InteractionKind.REVIEW).customer(reviewer)
                    .rating(stars).text(text)
                    .likes(stage.profile().has(Count.LIKES) ? stage.likes(stars <= 2 ? 4 : 1.5) : 0).build();
            if (stage.keep(review)) {
                reply(review, reviewer, stars, stage);
            }
        }
    }

    /** Unhappy customers are likelier to write a review than content ones. */
    private static Customer reviewer(Stage stage) {
        Customer c = stage.customers().pick(stage.channel(), stage.random());
        if (c.segment() == Segment.ENGAGED || c.segment() == Segment.NOT_ENGAGED) {
            if (stage.random().nextDouble() < 0.35) {
                c = stage.customers().pick(stage.channel(), stage.random());
            }
        }
        return c;
    }

    private int stars(Segment segment, Instant t, Stage stage) {
        List<Double> odds = STARS.get(segment.ordinal());
        double r = stage.random().nextDouble();
        int stars = 5;
        for (int s = 0; s < 5; s++) {
            r -= odds.get(s);
            if (r < 0) {
                stars = s + 1;
                break;
            }
        }
        if (stars < 5 && stage.random().nextDouble() < 0.15 * stage.progress(t)) {
            stars++; // the service improves, and so do the reviews
        }
        if (ofTheApp && stage.calendar().eventOn(SampleCalendar.day(t), Topic.APP) != null
                && stage.random().nextDouble() < 0.7) {
            stars = Math.max(1, stars - 2); // the buggy release
        }
        return stars;
    }

    private static void reply(Message review, Customer reviewer, int stars, Stage stage) {
        double progress = stage.progress(review.at());
        double weight = stars <= 2 ? 1.0 : stars == 3 ? 0.7 : 0.45;
        if (!stage.policy().answers(weight, progress, stage.random())) {
            return;
        }
        Author replier = stage.company().careAccount(stage.channel());
        Instant t = stage.policy().replyTime(review.at(), replier, progress, stage.random());
        String tone = stars <= 2 ? "negative" : stars == 3 ? "mixed" : "positive";
        stage.keep(Message.by(replier, t, InteractionKind.REPLY).replyTo(review)
                .text(stage.say("review-reply " + tone, t, reviewer.firstName(), "")).build());
    }
}
