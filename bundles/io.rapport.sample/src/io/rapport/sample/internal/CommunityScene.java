package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Customers start threads in a space the company runs (its subreddit, Facebook page or forum): addressed to
 * the company by being there, and answered by other customers as much as by the company.
 *
 * @param perMonth threads in an ordinary month
 */
record CommunityScene(double perMonth) implements Scene {

    @Override
    public void play(YearMonth month, Stage stage) {
        Conversation conversation = new Conversation(stage);
        for (Instant t : stage.calendar().moments(month, stage.count(perMonth, month), stage.random())) {
            Customer customer = stage.customers().pick(stage.channel(), stage.random());
            Subject subject = stage.subjectAt(t);
            Intent intent = stage.intentOf(customer, subject, t);
            Stage.Utterance words = stage.opener(intent, subject, t);
            Message post = Message.by(customer.on(stage.channel()), t, InteractionKind.POST).customer(customer)
                    .space(stage.profile().space()).text(words.text()).language(words.language())
                    .likes(stage.likes(intent == Intent.COMPLAINT ? 12 : 5)).build();
            if (stage.keep(post)) {
                conversation.follow(post, customer, subject, intent, true);
            }
        }
    }
}
